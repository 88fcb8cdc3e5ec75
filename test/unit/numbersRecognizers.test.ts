/**
 * Runs the Microsoft Recognizers-Text French number and percentage specs (MIT; see
 * test/fixtures/numbers-fr/NOTICE.md) through the claim scanner. Every expected result that is a
 * quantity in running text must come out with the same value (and percent flag). Results that are
 * not quantities in running text under our guidelines are excluded, each by a named category.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDoc } from '../../src/core/document';
import { findNumbers } from '../../src/core/numbers/numbers';
import type { NumberClaim } from '../../src/core/types';

interface SpecResult {
  Text: string;
  Resolution: { value?: string };
}
interface SpecCase {
  Input: string;
  Results: SpecResult[];
}

function load(name: string): SpecCase[] {
  const raw = readFileSync(join(__dirname, '..', 'fixtures', 'numbers-fr', name), 'utf8');
  return JSON.parse(raw.replace(/^\uFEFF/, '')) as SpecCase[];
}

/**
 * Why an expected result is left out; null when it is a quantity in running text.
 * Categories, in order:
 */
const EXCLUSIONS: ReadonlyArray<readonly [string, (input: string, text: string) => boolean]> = [
  // Bare fractions and ratios ("un cinquième", "deux tiers", "1 sur 3", "3/4", "½", "moitié",
  // "trois vingt premières"): not counts.
  ['fraction or ratio', (_i, t) => /i[eè]mes?\b|premi[eè]res?|tiers|quarts?\b|moitié|\bsur\b|\/|[½⅙]/i.test(t) || (/\bdemi$/i.test(t) && !/milli/i.test(t))],
  // Powers and scientific notation ("1,1^23", "1e10"): not written in news prose.
  ['power or scientific notation', (_i, t) => /\^|\de[+-]?\d/i.test(t)],
  // Spoken arithmetic ("deux cent virgule trois", "négatif un", "soustraire cinq pour-cent").
  ['spoken form', (_i, t) => /virgule|négati|soustraire/i.test(t)],
  // Indian scales and grouping ("treize lakh", "un crore", "12,34,567.89"): not French usage.
  ['Indian scale or grouping', (_i, t) => /lakh|crore|\d,\d\d,\d{3}/i.test(t)],
  // Guidelines: the article "un/une" alone is not a claim.
  ['article un/une alone', (_i, t) => /^une?$/i.test(t)],
  // "322 cent(s)", "3 cents et 21": after digits "cents" is a currency unit (cents, centimes) in news.
  ['digits + cents', (i) => /\d\s+cents?\b/.test(i)],
  // "10G": a glued G is a network generation (4G, 5G) far more often than giga.
  ['glued G suffix', (_i, t) => /\dg$/i.test(t)],
  // "- 10  k", "- 1 4/5": a minus detached from its digits is a dash in running text.
  ['detached minus', (_i, t) => /^-\s/.test(t)],
  // ",08", ".25": a bare leading decimal separator does not occur in prose.
  ['leading separator', (_i, t) => /^[.,]\d/.test(t)],
  // "192.168.1.2", "0000": dotted identifiers and zero-padded codes are not quantities.
  ['identifier or code', (i, t) => /\d+\.\d+\.\d+\.\d+/.test(i) || /^0\d+$/.test(t)],
  // Dates and phone numbers: the spec returns their parts; our guidelines exclude them.
  ['date or phone number', (i) => /\d\d\/\d\d\/\d{4}|téléphone/.test(i)],
  // Spec values that contradict the spec's own text or French usage: "43894.0" → 0.75,
  // "-92321312.0" → -9.23, "trois cent deux douzaines" → 324, "trillion" as 10^12 (long scale: 10^18),
  // "un milliard et demi million" → 1 000 500 000 (French reads "un milliard et demi").
  ['spec error', (i) => /^(?:43894\.0|-92321312\.0|trois cent deux douzaines|vingt et un trillions.*)$|milliard et demi million/.test(i)],
  // Percent phrases in inverted order ("pourcentage de vingt", "pourcent des trois cent cinq").
  ['inverted percent phrase', (i) => /^pourcent/.test(i)],
];

/** Expected-empty cases whose emptiness conflicts with the guidelines (measures are claims). */
const MEASURE_INPUTS = /\d(?:[.,]\d+)?\s?(?:ml|km|m)\b/;

function exclusionFor(input: string, text: string): string | null {
  for (const [name, test] of EXCLUSIONS) if (test(input, text)) return name;
  return null;
}

function specValue(v: string): number {
  return Number(v.replace('%', '').replace(',', '.'));
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

/** The claim text contains the spec's numeral (case, spaces and a final period aside). */
function covers(claimText: string, specText: string): boolean {
  const norm = (t: string): string => t.toLowerCase().replace(/[\s\u00a0]+/g, '').replace(/\.$/, '');
  return norm(claimText).includes(norm(specText));
}

function check(c: SpecCase, percentModel: boolean): void {
  const claims = findNumbers(makeDoc(c.Input), 'fr', () => true);
  if (c.Results.length === 0) {
    if (MEASURE_INPUTS.test(c.Input)) return; // measure: a claim for us
    assert.deepEqual(claims.map((x) => x.text), [], `no claim expected in ${JSON.stringify(c.Input)}`);
    return;
  }
  const used = new Set<NumberClaim>();
  for (const r of c.Results) {
    if (exclusionFor(c.Input, r.Text) !== null) continue;
    const want = specValue(r.Resolution.value ?? 'NaN');
    const hit = claims.find((x) => !used.has(x) && sameValue(x.value, want) && covers(x.text, r.Text));
    assert.ok(hit, `${JSON.stringify(c.Input)}: expected ${r.Text} = ${want}, got ${JSON.stringify(claims.map((x) => [x.text, x.value]))}`);
    used.add(hit);
    assert.equal(hit.percent, percentModel, `${r.Text}: percent flag`);
  }
}

describe('Recognizers-Text French specs', () => {
  const numberCases = load('NumberModel.json');
  const percentCases = load('PercentModel.json');

  it('keeps exclusions principled (every category used, most results included)', () => {
    const all = [...numberCases, ...percentCases].flatMap((c) => c.Results.map((r) => exclusionFor(c.Input, r.Text)));
    const included = all.filter((x) => x === null).length;
    const used = new Set(all.filter((x): x is string => x !== null));
    for (const [name] of EXCLUSIONS) assert.ok(used.has(name), `category ${name} excludes nothing`);
    assert.ok(included >= 150, `only ${included} of ${all.length} results included`);
  });

  describe('NumberModel', () => {
    numberCases.forEach((c, i) => {
      it(`#${i} ${c.Input.slice(0, 60)}`, () => check(c, false));
    });
  });

  describe('PercentModel', () => {
    percentCases.forEach((c, i) => {
      it(`#${i} ${c.Input.slice(0, 60)}`, () => check(c, true));
    });
  });
});
