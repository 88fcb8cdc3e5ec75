import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detectDump, DUMP_SAMPLE_CHARS } from '../../src/core/dumpDetect';

const seedsDir = join(__dirname, '..', 'fixtures', 'seeds');

const prose =
  'Le ministre a rencontré mercredi les responsables européens afin de discuter de la situation, ' +
  'sur fond d’inquiétudes quant à la pérennité du soutien à Kiev après les élections.';

describe('detectDump', () => {
  it('recognises every seed dump', () => {
    const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt'));
    assert.equal(seeds.length, 5);
    for (const f of seeds) {
      const v = detectDump(readFileSync(join(seedsDir, f), 'utf8'));
      assert.ok(v.isDump, `${f}: ${v.reasons.join(', ')}`);
    }
  });

  it('recognises a dump by its metadata footer alone', () => {
    const text = `Titre\n\n${prose}\n\nSource link : https://example.org/a\n\nAuthor :\n\nPublish date : 2024-11-13 13:48:11\n`;
    assert.ok(detectDump(text).isDump);
  });

  it('recognises a body-only article by typographic quotes and reporting verbs', () => {
    const text =
      `Des soldats déployés en Russie, selon Washington\n\n${prose} « Je peux confirmer ces informations », ` +
      `a déclaré le porte-parole. ${prose} « Nous sommes préoccupés », a-t-il ajouté.\n`;
    const v = detectDump(text);
    assert.ok(v.isDump, v.reasons.join(', '));
  });

  it('leaves a README with commands and headings as plain text', () => {
    const text = [
      '# My tool',
      '',
      'A small tool that converts files. It is fast, simple and has "no" dependencies at all today.',
      '',
      '## Install',
      '$ npm install my-tool',
      '$ my-tool --help',
      '- [ ] write docs',
      'const x = require("my-tool");',
    ].join('\n');
    assert.equal(detectDump(text).isDump, false);
  });

  it('leaves a plain prose README without quotes as plain text', () => {
    const text = `Project notes\n\nThis folder holds the exports we made last week for the archive team.\nPlease keep the file names unchanged, since the import script relies on them to find the right records.\n`;
    assert.equal(detectDump(text).isDump, false);
  });

  it('leaves a log file as plain text even when it mentions quotes', () => {
    const lines: string[] = [];
    for (let i = 0; i < 50; i++) lines.push(`2024-11-13 13:48:${String(i).padStart(2, '0')} INFO said "hello" to worker ${i}`);
    assert.equal(detectDump(lines.join('\n')).isDump, false);
  });

  it('treats a plain rule of dashes as no dump signal but a dotted separator as one', () => {
    const ruled = detectDump(`Title of notes\n-----\nshort line\n`);
    const dotted = detectDump(`* . *\nTitle\n.. . . . . %%%. . . * . .\n`);
    assert.ok(!ruled.reasons.some((r) => r.startsWith('dotted')));
    assert.ok(dotted.reasons.some((r) => r.startsWith('dotted')));
  });

  it('only reads the head and tail of large inputs and stays fast', () => {
    const footer = '\nSource link : https://x.org\nPublish date : 2024-01-01 00:00:00\nTags : X\n';
    const middle = 'x'.repeat(5_000_000) + '« '.repeat(100_000);
    const t0 = performance.now();
    const v = detectDump(`Titre\n${middle}${footer}`);
    const ms = performance.now() - t0;
    assert.ok(v.isDump);
    assert.ok(ms < 100, `took ${ms} ms`);
    assert.ok(DUMP_SAMPLE_CHARS >= 1024);
  });

  it('does not throw on hostile input (NUL bytes, BOM, CR-only, unclosed quotes, empty)', () => {
    for (const text of ['', '\uFEFF', '\0\0\0', '«««««', 'a\rb\rc', '“'.repeat(10_000), '\uFEFFSource link : x\r\nTags : y']) {
      const v = detectDump(text);
      assert.equal(typeof v.isDump, 'boolean');
    }
  });
});
