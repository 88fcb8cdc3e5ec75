import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../../src/cli/args';
import { runCli } from '../../src/cli/run';

const SEEDS = join(__dirname, '..', 'fixtures', 'seeds');

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

describe('provenance-lens CLI', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pl-cli-'));
    mkdirSync(join(dir, 'dumps', 'nested'), { recursive: true });
    copyFileSync(join(SEEDS, '000_34ade1b63f6a146b.txt'), join(dir, 'dumps', '000.txt'));
    copyFileSync(join(SEEDS, '004_b88d5b1187baf40b.txt'), join(dir, 'dumps', 'nested', '004.txt'));
    writeFileSync(join(dir, 'dumps', 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('analyze --json: exact shape, folders walked, failures in errors, exit 1', async () => {
    const before = readFileSync(join(dir, 'dumps', '000.txt'), 'utf8');
    const missing = join(dir, 'missing.txt');
    const { code, out } = await run(['analyze', '--json', join(dir, 'dumps'), missing]);
    assert.equal(code, 1);
    const doc = JSON.parse(out) as { version: number; files: Array<Record<string, unknown>>; errors: Array<{ path: string; message: string }> };
    assert.deepEqual(Object.keys(doc), ['version', 'files', 'errors']);
    assert.equal(doc.version, 1);
    assert.deepEqual(doc.files.map((f) => f.path), [join(dir, 'dumps', '000.txt'), join(dir, 'dumps', 'nested', '004.txt')]);
    const f0 = doc.files[0];
    assert.deepEqual(Object.keys(f0), ['path', 'language', 'meta', 'boilerplate', 'quotes', 'numbers']);
    assert.deepEqual(Object.keys(f0.meta as object), ['outlet', 'title', 'url', 'author', 'published']);
    assert.equal(f0.language, 'fr');
    assert.equal((f0.meta as { published: string }).published, '2024-11-13T13:48:11');
    const bp = f0.boilerplate as Array<Record<string, unknown>>;
    assert.deepEqual(Object.keys(bp[0]), ['line', 'start', 'end', 'reason']);
    for (const n of f0.numbers as Array<Record<string, unknown>>) {
      assert.deepEqual(Object.keys(n), ['start', 'end', 'text', 'value', 'qualifier', 'unit', 'percent']);
    }
    for (const q of f0.quotes as Array<Record<string, unknown>>) {
      assert.deepEqual(Object.keys(q), ['start', 'end', 'text', 'speaker', 'speakerRole', 'cue', 'fragment']);
    }
    assert.deepEqual(doc.errors, [
      { path: missing, message: 'not found' },
      { path: join(dir, 'dumps', 'image.txt'), message: 'binary file' },
    ]);
    assert.equal(readFileSync(join(dir, 'dumps', '000.txt'), 'utf8'), before, 'input untouched');
  });

  it('analyze without --json prints a readable summary and exits 0 when all files succeed', async () => {
    const { code, out, err } = await run(['analyze', join(dir, 'dumps', '000.txt')]);
    assert.equal(code, 0);
    assert.equal(err, '');
    assert.match(out, /language: fr {3}outlet: L’Express {3}published: 2024-11-13T13:48:11/);
    assert.match(out, /\d+ quotes, \d+ numbers, 8 boilerplate lines/);
  });

  it('prints errors on stderr in text mode', async () => {
    const { code, err } = await run(['analyze', join(dir, 'dumps', 'image.txt')]);
    assert.equal(code, 1);
    assert.match(err, /image\.txt: binary file/);
  });

  it('exits 2 with the usage on bad usage', async () => {
    for (const argv of [[], ['frobnicate', 'x'], ['analyze'], ['analyze', '--jsn', 'x'], ['compare', '--csv', '--json', 'x']]) {
      const { code, out, err } = await run(argv);
      assert.equal(code, 2, argv.join(' '));
      assert.equal(out, '');
      assert.match(err, /Usage:/);
    }
  });

  it('--help prints the usage on stdout and exits 0', async () => {
    const { code, out } = await run(['--help']);
    assert.equal(code, 0);
    assert.match(out, /provenance-lens analyze \[--json\] PATH/);
  });

  it('compare --json returns a versioned report', async () => {
    const { code, out } = await run(['compare', '--json', join(dir, 'dumps', '000.txt'), join(dir, 'dumps', 'nested', '004.txt')]);
    assert.equal(code, 0);
    const report = JSON.parse(out) as { version: number; groups: unknown[]; duplicates: unknown[]; errors: unknown[] };
    assert.equal(report.version, 1);
    assert.ok(Array.isArray(report.groups) && Array.isArray(report.duplicates));
  });

  it('parses "--" and paths that look like flags after it', () => {
    assert.deepEqual(parseArgs(['analyze', '--', '--json']), { kind: 'analyze', json: false, paths: ['--json'] });
    assert.deepEqual(parseArgs(['compare', 'a']), { kind: 'compare', format: 'markdown', paths: ['a'] });
  });
});
