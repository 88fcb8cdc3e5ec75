/**
 * Property-based and mutation fuzzing of the whole analysis pipeline: random and mutated dumps never
 * make it throw, every offset lies within the text and on the right characters (also after CRLF and a
 * BOM), and the same input always gives the same output. Over 100,000 generated cases per run.
 *
 * The test tier runs a fixed seed, so a green commit stays green; `npm run fuzz` explores: a fresh seed
 * each run (printed, and replayable with FUZZ_SEED=n) and FUZZ_SCALE times as many cases. Every
 * counterexample it finds becomes a named case in the 'regressions' test below.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyzeText } from '../../src/core/analyze';
import type { FileAnalysis } from '../../src/core/types';

const FIXED_SEED = 20_261_121;
const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_EXPLORE ? Date.now() % 2 ** 31 : FIXED_SEED;
const scale = Math.max(1, Number(process.env.FUZZ_SCALE ?? 1) || 1);
if (seed !== FIXED_SEED) console.log(`fuzz seed ${seed} (replay with FUZZ_SEED=${seed}), scale ${scale}`);
fc.configureGlobal({ seed, numRuns: 100 });
const runs = (n: number): number => n * scale;

const SEEDS_DIR = join(__dirname, '..', 'fixtures', 'seeds');
const seeds = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'));

/** Pieces that exercise every pass: quote marks, numbers, qualifiers, cues, boilerplate, odd Unicode. */
const PIECES = [
  '«', '»', '« ', ' »', '«\u00a0', '\u00a0»', '“', '”', '"', '‘', '’', '„', '‹', '›', "'",
  '0', '7', '10', '000', '10 000', '10\u00a0000', '10\u202f000', '10.000', '10,000', "50'000", '3,5', '1.5', '%', ' %', '155ᵉ', '13th',
  '١٢٣', '１２', '½', '²',
  'plus de ', 'quelque ', 'jusqu’à ', 'au moins ', 'moins de ', 'more than ', 'up to ', 'about ', 'at least ',
  'deux mille ', 'quatre-vingt-dix ', 'une dizaine de ', 'onze ', 'twelve ', 'million ', 'milliards ', 'thousand ',
  'soldats ', 'soldiers ', 'euros ', 'habitants ',
  ', a déclaré ', ', a-t-il ajouté', ' selon ', 'Selon ', ' said ', 'according to ', ', le porte-parole, ', 'Vedant Patel', 'Mark Rutte', ' : ',
  'Source link : https://x.fr/a-10-000', 'Publish date : 2024-11-13 13:48:11', 'Author :', 'LAISSER UN COMMENTAIRE', 'spot_imgspot_img', '. . . %%%',
  '18h31', '22H00', '13 novembre 2024', 'February 16, 2019', '2024',
  ' ', '  ', '\t', '\u00a0', '\u202f', '\u2009', '\u3000', '\u200b', '\n', '\r\n', '\r', '\n\n', '\u2028',
  '\u0000', '\ufeff', '\ud83d\ude00', '\ud83d', '\ude00', 'שלום', 'مرحبا', '\u202e', 'é', 'e\u0301',
  'Le ', 'la ', 'de ', 'the ', 'and ', 'est ', 'a ', '.', ',', '!', '?', '(', ')', '…', '-', '—',
];

const piece = fc.constantFrom(...PIECES);
const word = fc.stringMatching(/^[a-zà-ÿA-Z]{1,8}$/);
const dump = fc.array(fc.oneof({ weight: 4, arbitrary: piece }, { weight: 1, arbitrary: word }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), { maxLength: 60 }).map((xs) => xs.join(''));

/** Splices random pieces into a seed, deletes ranges, swaps line endings. */
const mutatedSeed = fc
  .tuple(fc.nat(seeds.length - 1), fc.nat(), fc.integer({ min: 200, max: 2500 }), fc.array(fc.tuple(fc.nat(), fc.nat(40), piece), { maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([i, from, len, edits, eol]) => {
    const seed = seeds[i];
    const at0 = from % seed.length;
    let t = seed.slice(at0, at0 + len);
    for (const [pos, del, ins] of edits) {
      const at = pos % (t.length + 1);
      t = t.slice(0, at) + ins + t.slice(at + del);
    }
    return t.replace(/\r\n|\r|\n/g, eol);
  });

function checkInvariants(text: string, a: FileAnalysis): void {
  const n = text.length;
  const within = (s: number, e: number): boolean => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s <= e && e <= n;
  for (const b of a.boilerplate) {
    assert.ok(within(b.start, b.end), `boilerplate offsets ${b.start}-${b.end}`);
    assert.ok(b.line >= 1);
    assert.ok(!/[\r\n]/.test(text.slice(b.start, b.end)), 'boilerplate range crosses a line break');
    const lineStart = b.start === 0 || /[\r\n]/.test(text[b.start - 1]) || (b.start === 1 && text.charCodeAt(0) === 0xfeff);
    assert.ok(lineStart, 'boilerplate range does not start a line');
  }
  for (const q of a.quotes) {
    assert.ok(within(q.start, q.end), `quote offsets ${q.start}-${q.end}`);
    assert.ok(q.end - q.start >= 2, 'quote shorter than its marks');
    assert.ok(text.slice(q.start, q.end).includes(q.text), 'quote text is not inside its span');
    assert.ok(!splitsPair(text, q.start) && !splitsPair(text, q.end), 'quote splits a surrogate pair');
  }
  for (const x of a.numbers) {
    assert.ok(within(x.start, x.end), `number offsets ${x.start}-${x.end}`);
    assert.equal(text.slice(x.start, x.end), x.text, 'number text differs from its span');
    assert.ok(Number.isFinite(x.value), `number value ${x.value}`);
  }
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
/** True when `offset` falls between the two halves of one surrogate pair. */
const splitsPair = (text: string, offset: number): boolean =>
  offset > 0 && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));

function analyseChecked(text: string): FileAnalysis {
  const a = analyzeText(text);
  checkInvariants(text, a);
  return a;
}

describe('fuzz: the pipeline survives any text', function () {
  this.timeout(300_000);

  it('random dumps: never throws, offsets in bounds (85,000 cases)', () => {
    fc.assert(fc.property(dump, (t) => void analyseChecked(t)), { numRuns: runs(85_000) });
  });

  it('mutated seed excerpts: never throws, offsets in bounds, deterministic (8,000 cases)', () => {
    fc.assert(
      fc.property(mutatedSeed, (t) => {
        const a = analyseChecked(t);
        assert.deepEqual(analyzeText(t), a);
      }),
      { numRuns: runs(8_000) },
    );
  });

  it('CRLF and CR line endings find the same claims on the same characters (1,000 cases)', () => {
    fc.assert(
      fc.property(fc.nat(seeds.length - 1), fc.constantFrom('\r\n', '\r'), (i, eol) => {
        const lf = seeds[i].replace(/\r\n|\r/g, '\n');
        const other = lf.replace(/\n/g, eol);
        const a = analyseChecked(lf);
        const b = analyseChecked(other);
        assert.deepEqual(b.quotes.map((q) => q.text), a.quotes.map((q) => q.text));
        assert.deepEqual(b.numbers.map((x) => x.text), a.numbers.map((x) => x.text));
        assert.equal(b.boilerplate.length, a.boilerplate.length);
      }),
      { numRuns: runs(1_000) },
    );
  });

  it('a leading BOM shifts every offset by exactly one (6,000 cases)', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 1, arbitrary: mutatedSeed }, { weight: 5, arbitrary: dump }), (t) => {
        const clean = t.replace(/^\ufeff+/, '');
        const a = analyseChecked(clean);
        const b = analyseChecked('\ufeff' + clean);
        assert.deepEqual(b.quotes.map((q) => q.start - 1), a.quotes.map((q) => q.start));
        assert.deepEqual(b.numbers.map((x) => x.start - 1), a.numbers.map((x) => x.start));
      }),
      { numRuns: runs(6_000) },
    );
  });

  it('regressions: counterexamples found by exploring seeds', () => {
    // Two byte-order marks: only the first is stripped; the second is content of line 1.
    const a = analyseChecked('\ufeff\ufeffSource link : https://x.fr/a-10-000');
    assert.deepEqual(a.boilerplate.map((b) => [b.start, b.reason]), [[1, 'metadata']]);
    // A zero-width space in front of a footer does not hide it.
    assert.equal(analyseChecked('\u200bSource link : https://x.fr/a\nTexte.').boilerplate.length, 1);
  });

  it('pathological single lines finish (1 MB without a newline)', () => {
    const mb = 1 << 20;
    const lines = [
      '«'.repeat(mb),
      '"'.repeat(mb),
      '1 '.repeat(mb / 2),
      '10.000,'.repeat(mb / 7),
      'plus de '.repeat(mb / 8),
      ('« a déclaré selon ' + 'x'.repeat(50)).repeat(mb / 68),
      '« x », a déclaré selon '.repeat(mb / 23),
      '“x,” he said. '.repeat(mb / 14),
      '\u0000'.repeat(mb),
      'a'.repeat(mb),
    ];
    for (const l of lines) analyseChecked(l);
  });
});
