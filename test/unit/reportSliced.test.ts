/**
 * The comparison report and its export without long blocking: `reportSliced` (groups, then the
 * duplicate pairs in slices) equals the one-shot report, and restarts cleanly when the index changes
 * while it runs; `exportSliced` writes exactly the bytes of the one-shot exporters, in every format.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import type { ClaimGroup, CompareReport } from '../../src/core/types';
import { generateCorpus } from '../../bench/generate';
import { openIndex, reportConsistent } from '../../bench/indexDriver';

type ExportMod = typeof import('../../src/extension/report/exportSliced');

describe('sliced report and export', function () {
  this.timeout(120_000);
  let root = '';
  let h: ReturnType<typeof openIndex>;
  let exp: ExportMod;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'pl-report-'));
    generateCorpus(root, { files: 300, seed: 11 });
    h = openIndex(root, join(root, 'no-worker.js'), undefined); // in-process analysis, memory-only store
    exp = require('../../src/extension/report/exportSliced') as ExportMod; // eslint-disable-line @typescript-eslint/no-require-imports
    await h.index.scanAll();
  });
  after(() => {
    h.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('reportSliced equals the one-shot report (same groups, same duplicate pairs in the same order)', async () => {
    let pairSteps = 0;
    const report = await h.index.reportSliced((_, phase) => void (phase === 'pairs' && pairSteps++), 0);
    const once = h.index.report();
    assert.ok(once.duplicates.length > 20, `pairs found (${once.duplicates.length})`);
    assert.ok(pairSteps > 0, 'the pairs were collected in several slices');
    assert.deepEqual(report.duplicates, once.duplicates);
    assert.equal(report.groups.length, once.groups.length);
    report.groups.forEach((g, i) => assert.equal(g, once.groups[i]));
    assert.deepEqual(Object.keys(report), Object.keys(once));
  });

  it('a file removed while the pairs are collected restarts them: the report is the index as it ends', async () => {
    const before = h.index.report();
    const victim = before.duplicates[0].paths[0];
    const uri = h.index.uriOf(victim)!;
    let removed = false;
    let pairStarts = 0;
    let last: 'groups' | 'pairs' = 'groups';
    const report = await h.index.reportSliced((_, phase) => {
      if (phase === 'pairs' && last === 'groups') pairStarts++;
      last = phase;
      if (phase === 'pairs' && !removed) {
        removed = true;
        void h.index.remove(uri); // one file: removed at once
      }
    }, 0);
    assert.ok(removed);
    assert.equal(pairStarts, 2, 'the groups were rebuilt and the pairs collected again');
    const after = h.index.report();
    assert.ok(!report.duplicates.some((d) => d.paths.includes(victim)), 'no pair names the removed file');
    assert.ok(!report.groups.some((g) => g.members.some((m) => m.path === victim)), 'no group names the removed file');
    assert.deepEqual(report.duplicates, after.duplicates);
    assert.deepEqual(report.groups.map((g) => g.id), after.groups.map((g) => g.id));
    assert.ok(reportConsistent(report, new Set(h.index.indexedKeys())));
    await h.index.indexFile(uri); // back for the next tests
  });

  it('a file removed while the groups are built: the report leaves it out', async () => {
    const key = h.index.indexedKeys()[5];
    const uri = h.index.uriOf(key)!;
    h.index.claims.upsert('extra.txt', 'x', analyzeText('x')); // the groups must be built again
    let removed = false;
    const report = await h.index.reportSliced((steps, phase) => {
      if (phase === 'groups' && steps === 2 && !removed) {
        removed = true;
        void h.index.remove(uri); // one file: removed at once
      }
    }, 0);
    assert.ok(removed, 'removed while the groups were built');
    const final = h.index.report();
    assert.ok(!report.groups.some((g) => g.members.some((m) => m.path === key)));
    assert.deepEqual(report.duplicates, final.duplicates);
    assert.deepEqual(report.groups.map((g) => g.id), final.groups.map((g) => g.id));
    h.index.claims.remove('extra.txt');
    await h.index.indexFile(uri);
  });

  it('a rescan keeps unchanged files as they are (no re-linking) and re-links a changed one', async () => {
    const before = await h.index.reportSliced();
    h.index.claims.settleStep(Infinity); // the deferred tests the idle loop would run after the first scan
    const work = h.index.claims.stats();
    const scan = await h.index.scanAll();
    assert.equal(scan.indexed, scan.total);
    assert.deepEqual(h.index.claims.stats(), work, 'no list read, no pair compared');
    const again = await h.index.reportSliced();
    assert.equal(again.groups.length, before.groups.length);
    again.groups.forEach((g, i) => assert.equal(g, before.groups[i], 'the very same group objects'));
    const key = h.index.indexedKeys()[3];
    const file = join(root, key);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text}\nUne ligne ajoutée.\n`);
    try {
      await h.index.scanAll();
      assert.ok(h.index.claims.stats().scanned > work.scanned, 'the changed file was linked again');
    } finally {
      writeFileSync(file, text);
      await h.index.scanAll();
    }
  });

  it('a folder removed in slices: its files leave, a file indexed again meanwhile stays, the report is consistent', async () => {
    const folder = join(root, 'sub');
    mkdirSync(folder);
    const names = h.index.indexedKeys().slice(0, 40);
    for (const n of names) writeFileSync(join(folder, n), readFileSync(join(root, n)));
    const uris = names.map((n) => h.vscode.Uri.file(join(folder, n)));
    await h.index.indexFiles(uris);
    const inFolder = (): string[] => h.index.indexedKeys().filter((k) => k.startsWith('sub/'));
    assert.equal(inFolder().length, 40);
    const removal = h.index.remove(h.vscode.Uri.file(folder));
    const again = h.index.indexFile(uris[10]); // a new file at that path, indexed while the folder leaves
    await Promise.all([removal, again]);
    assert.deepEqual(inFolder(), [`sub/${names[10]}`]);
    assert.ok(reportConsistent(await h.index.reportSliced(), new Set(h.index.indexedKeys())));
    await h.index.remove(uris[10]);
    rmSync(folder, { recursive: true, force: true });
    assert.equal(inFolder().length, 0);
  });

  it('exports exactly the one-shot JSON, CSV and Markdown of a real report, pausing between pieces', async () => {
    const report: CompareReport = { ...(await h.index.reportSliced()), errors: [{ path: 'bad\n=x.txt', message: 'unreadable: "quoted", | pipe\r\nnext' }] };
    const members = report.groups.reduce((n, g) => n + g.members.length, 0);
    assert.ok(members > 2000, `several pieces (${members} members)`);
    for (const path of ['out.json', 'OUT.CSV', 'out.md', 'out.txt']) {
      const bytes = await exp.exportSliced(report, path, () => false, 0);
      assert.equal(new TextDecoder().decode(bytes), exp.serialiseAtOnce(report, path), path);
    }
  });

  it('exports hostile, empty and one-section reports exactly as the one-shot exporters', async () => {
    const member = (i: number, text: string): ClaimGroup['members'][number] =>
      ({ path: `f${i % 7}.txt`, start: i, end: i + 3, text, value: i % 2 ? i * 1.5 : undefined, qualifier: i % 3 ? 'plus de\nx' : undefined, speaker: i % 5 ? 'Él "Nom"' : null }) as unknown as ClaimGroup['members'][number];
    const texts = ['=SUM(A1)', 'line\nbreak\r\nCRLF', '"quoted" | pipe [link](command:x)', '<script>é😀</script>', ' edge ', '\u0000nul\u2028'];
    const groups: ClaimGroup[] = Array.from({ length: 900 }, (_, i) => ({
      id: `g${i}`, kind: i % 3 ? 'quote' : 'number', status: i % 4 ? 'agree' : 'conflict', label: texts[i % texts.length],
      members: Array.from({ length: 2 + (i % 5) }, (_, j) => member(i + j, texts[(i + j) % texts.length])),
    }) as unknown as ClaimGroup);
    const duplicates = Array.from({ length: 2500 }, (_, i) => ({ paths: [`a${i}.txt`, `b${i}.txt`] as [string, string], similarity: 1 / (i + 1), origin: i % 2 ? null : `a${i}.txt` }));
    const errors = Array.from({ length: 2100 }, (_, i) => ({ path: `e${i}.txt`, message: texts[i % texts.length] }));
    const cases: CompareReport[] = [
      { version: 1, groups, duplicates, errors },
      { version: 1, groups: [], duplicates: [], errors: [] },
      { version: 1, groups: [], duplicates, errors: [] },
      { version: 1, groups: [], duplicates: [], errors },
      { version: 1, groups: groups.filter((g) => g.kind === 'number'), duplicates: [], errors: [] },
    ];
    for (const report of cases) {
      for (const path of ['x.json', 'x.csv', 'x.md']) {
        const bytes = await exp.exportSliced(report, path, () => false, 0);
        assert.equal(new TextDecoder().decode(bytes), exp.serialiseAtOnce(report, path), `${path}: ${report.groups.length}/${report.duplicates.length}/${report.errors.length}`);
      }
    }
  });

  it('exports to a local file, streamed, exactly as the one-shot exporters; a cancelled one leaves the old file', async () => {
    const { exportToFile } = require('../../src/extension/report/exportFile') as typeof import('../../src/extension/report/exportFile'); // eslint-disable-line @typescript-eslint/no-require-imports
    const report = await h.index.reportSliced();
    const dir = mkdtempSync(join(tmpdir(), 'pl-export-'));
    try {
      for (const name of ['r.json', 'r.csv', 'r.md']) {
        const file = join(dir, name);
        assert.equal(await exportToFile(report, file, () => false, 0), true);
        assert.equal(readFileSync(file, 'utf8'), exp.serialiseAtOnce(report, name), name);
      }
      writeFileSync(join(dir, 'old.csv'), 'kept');
      let asked = 0;
      assert.equal(await exportToFile(report, join(dir, 'old.csv'), () => ++asked > 2, 0), false);
      assert.equal(readFileSync(join(dir, 'old.csv'), 'utf8'), 'kept');
      assert.deepEqual(readdirSync(dir).sort(), ['old.csv', 'r.csv', 'r.json', 'r.md'], 'no temporary file left');
      const nested = join(dir, 'new', 'folder', 'r.json'); // a folder typed in the save dialog that does not exist yet
      assert.equal(await exportToFile(report, nested, () => false, 0), true);
      assert.equal(readFileSync(nested, 'utf8'), exp.serialiseAtOnce(report, 'r.json'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an export cancelled part-way (the extension deactivated) stops without a result', async () => {
    const report = await h.index.reportSliced();
    let asked = 0;
    assert.equal(await exp.exportSliced(report, 'x.csv', () => ++asked > 2, 0), undefined);
    assert.equal(asked, 3);
  });
});
