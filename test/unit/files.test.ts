import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectTxtFiles, readDump, readDumpSync } from '../../src/node/files';

describe('collectTxtFiles / readDump', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pl-files-'));
    mkdirSync(join(dir, 'b', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'b', 'z.txt'), 'z');
    writeFileSync(join(dir, 'b', 'a.txt'), 'a');
    writeFileSync(join(dir, 'b', 'sub', 'm.TXT'), 'm');
    writeFileSync(join(dir, 'b', 'notes.md'), 'no');
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(3000));
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x00, 0x01, 0x02, 0x00]));
    symlinkSync(join(dir, 'b'), join(dir, 'b', 'sub', 'loop'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('walks folders for .txt files, sorted, following a symlink loop only once', async () => {
    const r = await collectTxtFiles([join(dir, 'b')]);
    assert.deepEqual(r.files, [join(dir, 'b', 'a.txt'), join(dir, 'b', 'sub', 'm.TXT'), join(dir, 'b', 'z.txt')]);
    assert.deepEqual(r.errors, []);
  });
  it('keeps a named file whatever its extension and collects missing paths as errors', async () => {
    const r = await collectTxtFiles([join(dir, 'b', 'notes.md'), join(dir, 'missing.txt')]);
    assert.deepEqual(r.files, [join(dir, 'b', 'notes.md')]);
    assert.deepEqual(r.errors, [{ path: join(dir, 'missing.txt'), message: 'not found' }]);
  });
  it('reads a dump, and reports size limit, binary and missing files clearly', async () => {
    assert.deepEqual(await readDump(join(dir, 'b', 'a.txt'), 100), { text: 'a' });
    assert.deepEqual(await readDump(join(dir, 'big.txt'), 1024 * 1024 / 1024), { error: 'over the size limit of 0 MB' });
    assert.deepEqual(await readDump(join(dir, 'big.txt'), 2 * 1024), { error: 'over the size limit of 0 MB' });
    assert.deepEqual(await readDump(join(dir, 'bin.txt'), 100), { error: 'binary file' });
    assert.deepEqual(await readDump(join(dir, 'nope.txt'), 100), { error: 'not found' });
  });
  it('reads synchronously with the same results and messages as readDump', async () => {
    writeFileSync(join(dir, 'long.txt'), 'é'.repeat(5000));
    const cases: Array<[string, number]> = [
      [join(dir, 'b', 'a.txt'), 100], [join(dir, 'big.txt'), 1024], [join(dir, 'big.txt'), 3000], [join(dir, 'big.txt'), 2999],
      [join(dir, 'bin.txt'), 100], [join(dir, 'nope.txt'), 100], [join(dir, 'b'), 100], [join(dir, 'long.txt'), 1 << 20],
    ];
    for (const [file, max] of cases) assert.deepEqual(readDumpSync(file, max), await readDump(file, max), file);
    assert.deepEqual(readDumpSync(join(dir, 'big.txt'), 3000), { text: 'x'.repeat(3000) });
    assert.deepEqual(readDumpSync(join(dir, 'b'), 100), { error: 'is a folder' });
  });
});
