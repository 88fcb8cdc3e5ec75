// Bundles the extension, the CLI and the analysis worker into dist/.
// esbuild does not type-check: `npm run check-types` runs tsc for that.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Hash of the core's sources: cached analyses written by another engine build are discarded. */
function engineBuild() {
  const h = createHash('sha1');
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) h.update(p).update(readFileSync(p));
    }
  };
  walk('src/core');
  return h.digest('hex').slice(0, 16);
}

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  define: { __ENGINE_BUILD__: JSON.stringify(engineBuild()) },
};

const builds = [
  { ...common, entryPoints: { extension: 'src/extension/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...common, entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: { worker: 'src/node/worker.ts' }, outdir: 'dist' },
];

const existing = [];
for (const b of builds) {
  const entry = Object.values(b.entryPoints)[0];
  try {
    await import('node:fs').then((fs) => fs.promises.access(entry));
    existing.push(b);
  } catch {
    // entry not written yet
  }
}

if (watch) {
  const contexts = await Promise.all(existing.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(existing.map((b) => esbuild.build(b)));
}
