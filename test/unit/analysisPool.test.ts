import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { AnalysisPool, type AnalysisResult, type PartialResult } from '../../src/node/analysisPool';
import { analyzeText } from '../../src/core/analyze';
import { ClaimIndex } from '../../src/core/link/claimIndex';

const ROOT = join(__dirname, '..', '..');
const WORKER = join(ROOT, 'dist', 'worker.js');
const SOURCES = ['worker.ts', 'workerProtocol.ts', 'files.ts', 'decode.ts'].map((f) => join(ROOT, 'src', 'node', f));

const ARTICLE = [
  'Manifestation à Bruxelles',
  'Publish date : 2024-11-13 13:48:11',
  'Plus de 5 000 personnes ont défilé dimanche, selon la police.',
  '« Nous ne lâcherons rien », a déclaré Marie Dupont, porte-parole du collectif.',
].join('\n');

/** Builds dist/worker.js when it is missing or older than its sources (a stale bundle speaks an old protocol). */
async function ensureWorkerBundle(): Promise<void> {
  const built = existsSync(WORKER) ? statSync(WORKER).mtimeMs : 0;
  if (SOURCES.every((s) => !existsSync(s) || statSync(s).mtimeMs <= built)) return;
  await build({ entryPoints: [join(ROOT, 'src', 'node', 'worker.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: WORKER, logLevel: 'silent' });
}

const jobsIn = (dir: string, n: number): Array<{ path: string }> => Array.from({ length: n }, (_, i) => {
  const path = join(dir, `a${i}.txt`);
  if (!existsSync(path)) writeFileSync(path, `${ARTICLE}\nLe cortège comptait ${100 + i} véhicules.\n`);
  return { path };
});

describe('AnalysisPool', function () {
  this.timeout(30_000);
  let dir: string;
  const pools: AnalysisPool[] = [];
  const pool = (o: Partial<ConstructorParameters<typeof AnalysisPool>[0]> = {}): AnalysisPool => {
    const p = new AnalysisPool({ workerFile: WORKER, size: 2, ...o });
    pools.push(p);
    return p;
  };

  before(async () => {
    await ensureWorkerBundle();
    dir = mkdtempSync(join(tmpdir(), 'pool-test-'));
  });
  afterEach(() => {
    for (const p of pools.splice(0)) p.dispose();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('returns text and analysis by default, and an error result for a missing file', async () => {
    const got: AnalysisResult[] = [];
    await pool().run([...jobsIn(dir, 3), { path: join(dir, 'missing.txt') }], (r) => void got.push(...r));
    assert.equal(got.length, 4);
    const ok = got.filter((r) => r.ok);
    assert.equal(ok.length, 3);
    for (const r of ok) {
      assert.ok(r.text.startsWith('Manifestation à Bruxelles'));
      assert.ok(r.analysis.numbers.length > 0);
      assert.equal(r.bytes, Buffer.byteLength(r.text));
    }
    assert.equal(got.find((r) => !r.ok)?.path, join(dir, 'missing.txt'));
  });

  it('leaves out text and analysis when asked, keeping the link features', async () => {
    const got: PartialResult[] = [];
    await pool({ linkFeatures: true }).run(jobsIn(dir, 5), (r) => void got.push(...r), undefined, { text: false, analysis: false });
    assert.equal(got.length, 5);
    for (const r of got) {
      assert.ok(r.ok);
      assert.equal(r.text, undefined);
      assert.equal(r.analysis, undefined);
      assert.ok(r.features && r.features.fps.length > 0);
      assert.ok(r.bytes > ARTICLE.length);
    }
  });

  it('sends each file\'s link features as one flat buffer that links exactly like in-process features', async () => {
    const got: PartialResult[] = [];
    const jobs = jobsIn(dir, 6);
    await pool({ linkFeatures: true }).run(jobs, (r) => void got.push(...r), undefined, { text: false, analysis: false });
    const viaWorkers = new ClaimIndex();
    const inProcess = new ClaimIndex();
    for (const r of [...got].sort((a, b) => (a.path < b.path ? -1 : 1))) {
      assert.ok(r.ok && r.features && 'packed' in r.features);
      assert.equal(r.features.sig.byteLength, r.features.sig.buffer.byteLength, 'the buffer is the packed array, nothing more');
      assert.equal(r.features.fps.buffer, r.features.sig.buffer);
      viaWorkers.upsertFeatures(r.path, r.features);
      const text = readFileSync(r.path, 'utf8');
      inProcess.upsert(r.path, text, analyzeText(text));
    }
    assert.ok(viaWorkers.groups().length > 0);
    assert.deepEqual(viaWorkers.report(), inProcess.report());
  });

  it('schedules no more than maxAhead batches past what was consumed', async () => {
    const held: Array<() => void> = [];
    let delivered = 0;
    const p = pool({ size: 1 });
    const running = p.run(jobsIn(dir, 40), (r) => {
      delivered += r.length;
      return new Promise<void>((resolve) => held.push(resolve));
    }, undefined, { maxAhead: 2 });
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(held.length, 2, 'two batches delivered, none consumed: the pool waits');
    const before = delivered;
    let finished = false;
    void running.then(() => (finished = true));
    while (!finished) {
      held.shift()?.();
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.ok(delivered > before);
    assert.equal(delivered, 40);
  });

  it('delivers batches in the order of the jobs even when a later batch finishes first', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, `${ARTICLE}\n`.repeat(6000)); // ≈1.5 MB: its batch finishes well after the small ones
    const jobs = [{ path: big }, ...jobsIn(dir, 40)];
    const seen: string[] = [];
    await pool().run(jobs, (r) => void seen.push(...r.map((x) => x.path)), undefined, { text: false, analysis: false });
    assert.deepEqual(seen, jobs.map((j) => j.path));
  });

  it('stops scheduling once cancelled', async () => {
    const token = { isCancellationRequested: false };
    let delivered = 0;
    await pool({ size: 1 }).run(jobsIn(dir, 40), (r) => {
      delivered += r.length;
      token.isCancellationRequested = true;
    }, token);
    assert.ok(delivered > 0 && delivered < 40, `delivered ${delivered}`);
  });

  it('gives up on a worker that throws at load and reports every job as an error', async () => {
    const bad = join(dir, 'bad-worker.js');
    writeFileSync(bad, "throw new Error('boom at load');\n");
    const p = pool({ workerFile: bad, restartDelayMs: 10, maxStartFailures: 3 });
    const got: AnalysisResult[] = [];
    await p.run(jobsIn(dir, 12), (r) => void got.push(...r));
    assert.equal(got.length, 12);
    for (const r of got) {
      assert.ok(!r.ok);
      assert.match(r.error, /^analysis worker could not start: .*boom at load/);
    }
    assert.ok(p.stats.startFailures >= 3 && p.stats.startFailures <= 4, `start failures ${p.stats.startFailures}`);
    const one = await p.analyzeOne({ path: 'x', text: 'probe' });
    assert.ok(!one.ok && one.error.startsWith('analysis worker could not start'));
  });

  it('fails the batches of a worker that crashes after start, without looping', async () => {
    const crash = join(dir, 'crash-worker.js');
    writeFileSync(crash, [
      "const { parentPort } = require('node:worker_threads');",
      "parentPort.on('message', () => process.exit(3));",
      'parentPort.postMessage({ ready: true });',
    ].join('\n'));
    const got: AnalysisResult[] = [];
    await pool({ workerFile: crash }).run(jobsIn(dir, 6), (r) => void got.push(...r));
    assert.equal(got.length, 6);
    for (const r of got) assert.ok(!r.ok && /analysis failed: .*code 3/.test(r.error));
  });

  it('run() after dispose() returns without throwing or results', async () => {
    const p = pool();
    p.dispose();
    let calls = 0;
    await p.run(jobsIn(dir, 3), () => void calls++);
    assert.equal(calls, 0);
    const one = await p.analyzeOne({ path: 'x', text: 'probe' });
    assert.ok(!one.ok);
  });
});
