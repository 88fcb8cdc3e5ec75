// Bundles the extension, the CLI and the analysis worker into dist/.
// esbuild does not type-check: `npm run check-types` runs tsc for that.
import * as esbuild from 'esbuild';

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
