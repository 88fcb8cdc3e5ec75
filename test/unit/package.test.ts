/**
 * The .vsix holds only what the extension needs (the allow-list `.vscodeignore`): the manifest, the
 * bundles, the grammar, media, README and LICENSE — no sources, tests, fixtures or node_modules.
 * Asks vsce itself which files it would package.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

describe('extension package contents', function () {
  this.timeout(60_000);

  it('vsce packages exactly the allow-listed files', () => {
    const vsce = join(ROOT, 'node_modules', '.bin', 'vsce');
    const out = execFileSync(vsce, ['ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    const files = out.split('\n').map((l) => l.trim()).filter(Boolean).sort();
    assert.deepEqual(files, [
      'LICENSE',
      'README.md',
      'dist/extension.js',
      'dist/worker.js',
      'media/icon.png',
      'media/provenance.svg',
      'media/report.css',
      'media/report.js',
      'package.json',
      'syntaxes/article-dump.tmLanguage.json',
    ]);
  });
});
