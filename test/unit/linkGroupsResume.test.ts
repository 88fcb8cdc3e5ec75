import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { ClaimIndex, type LinkFeatures } from '../../src/core/link/index';
import { LinkGraph, type Relinker } from '../../src/core/link/graph';
import type { ClaimGroup } from '../../src/core/types';
import { generatedFeatures } from './linkFixtures';

/** Every group as content (kind, status, label, members), in a canonical order. */
function content(groups: readonly ClaimGroup[]): string[] {
  return groups.map((g) => JSON.stringify([g.kind, g.status, g.label, g.members])).sort();
}

/** Quotes and numbers of a file's features (either form). */
function countClaims(f: LinkFeatures): number {
  return f.quotes.length + f.numbers.length;
}

/** Every link of `g` among ids 0..n-1, canonical. */
function links(g: LinkGraph, n: number): string {
  const out: string[] = [];
  for (let id = 0; id < n; id++) out.push(`${id}:${[...g.neighbours(id)].sort((a, b) => a - b).join(',')}`);
  return out.join(' ');
}

describe('resumable group builds (large components in steps)', function () {
  this.timeout(180_000);
  let features: Array<[string, LinkFeatures]> = [];

  before(() => {
    features = generatedFeatures(160, 5);
  });

  it('stepped builds (any threshold), with files added, replaced and removed between steps, give the one-shot groups', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 20, max: 140 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.nat()), { maxLength: 12 }),
        fc.integer({ min: 1, max: 8 }),
        (steppedFrom, start, changes, every) => {
          const stepped = new ClaimIndex({ steppedFrom });
          const present = new Map<string, LinkFeatures>();
          const put = (p: string, f: LinkFeatures): void => {
            stepped.upsertFeatures(p, f);
            present.set(p, f);
          };
          for (const [p, f] of features.slice(0, start)) put(p, f);
          let next = start;
          let pending = [...changes];
          for (let step = 1; !stepped.buildGroupsStep(0); step++) {
            assert.ok(step < 1_000_000, 'buildGroupsStep never finished');
            if (step % every !== 0 || pending.length === 0) continue;
            const [kind, x] = pending[0];
            pending = pending.slice(1);
            const keys = [...present.keys()];
            if (kind === 0 && next < features.length) put(...features[next++]);
            else if (kind === 1 && keys.length > 0) put(keys[x % keys.length], present.get(keys[x % keys.length])!);
            else if (keys.length > 0) {
              stepped.remove(keys[x % keys.length]);
              present.delete(keys[x % keys.length]);
            }
          }
          const oneShot = new ClaimIndex();
          for (const [p, f] of present) oneShot.upsertFeatures(p, f);
          assert.deepEqual(content(stepped.groups()), content(oneShot.groups()));
          assert.deepEqual(stepped.groups().map((g) => g.id), oneShot.groups().map((g) => g.id));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('upserts in steps (beginUpsert, upsertStep), interrupted by queries, removals and other upserts, give the one-shot index', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 80 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.nat()), { minLength: 10, maxLength: 60 }),
        (count, actions) => {
          const stepped = new ClaimIndex();
          const oneShot = new ClaimIndex();
          const present = new Map<string, LinkFeatures>();
          let a = 0;
          for (const [p, f] of features.slice(0, count)) {
            stepped.beginUpsert(p, f);
            oneShot.upsertFeatures(p, f);
            present.set(p, f);
            const [kind, x] = actions[a++ % actions.length];
            const keys = [...present.keys()];
            const other = keys[x % keys.length];
            if (kind === 0) {
              while (!stepped.upsertStep(0)) { /* to the end, one claim a step */ }
            } else if (kind === 1) {
              // A query in the middle sees the file whole: the same groups as the one-shot index.
              stepped.upsertStep(0);
              assert.deepEqual(content(stepped.groupsForFile(other)), content(oneShot.groupsForFile(other)));
            } else if (kind === 2 && other !== p) {
              stepped.remove(other);
              oneShot.remove(other);
              present.delete(other);
            }
            // kind 3: left under way; the next upsert finishes it first.
          }
          assert.deepEqual(content(stepped.groups()), content(oneShot.groups()));
          assert.deepEqual(stepped.groups().map((g) => g.id), oneShot.groups().map((g) => g.id));
          assert.deepEqual(stepped.duplicates(), oneShot.duplicates());
        },
      ),
      { numRuns: 25 },
    );
  });

  it('an upsert with many claims pauses between them', () => {
    const [p, f] = features.reduce((best, e) => (countClaims(e[1]) > countClaims(best[1]) ? e : best));
    const index = new ClaimIndex();
    index.beginUpsert(p, f);
    let steps = 1;
    while (!index.upsertStep(0)) steps++;
    assert.ok(steps > countClaims(f) / 2, `${steps} steps for ${countClaims(f)} claims`);
  });

  it('a low threshold builds in more steps than the default, with the same list', () => {
    const count = (steppedFrom?: number): { steps: number; ids: string[] } => {
      const index = new ClaimIndex({ steppedFrom });
      for (const [p, f] of features) index.upsertFeatures(p, f);
      let steps = 1;
      while (!index.buildGroupsStep(0)) steps++;
      return { steps, ids: index.groups().map((g) => g.id) };
    };
    const low = count(2);
    const usual = count();
    assert.ok(low.steps > usual.steps, `${low.steps} steps vs ${usual.steps}`);
    assert.deepEqual(low.ids, usual.ids);
  });
});

describe('LinkGraph.resolveInSteps', () => {
  it('stores the same links as resolve, whatever the step size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 30 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 7 }), (n, seed, perStep) => {
        const linked = (a: number, b: number): boolean => a !== b && ((Math.imul(Math.min(a, b) * 31 + Math.max(a, b), seed | 1) >>> 0) % n) < 3;
        const relinker: Relinker = { candidates: () => [], linked };
        const make = (): LinkGraph => {
          const g = new LinkGraph();
          // A chain joins every claim; every other pair is deferred (already connected).
          for (let id = 1; id < n; id++) g.link(id - 1, id);
          for (let a = 0; a < n; a++) for (let b = a + 2; b < n; b++) assert.ok(g.deferIfConnected(a, b));
          return g;
        };
        const once = make();
        once.resolve(0, relinker);
        const inSteps = make();
        const c = inSteps.componentOf(0)!;
        let steps = 0;
        for (const s = inSteps.resolveInSteps(c, relinker, perStep); !s.next().done;) steps++;
        assert.ok(steps >= Math.floor(((n - 1) * (n - 2)) / 2 / perStep), `${steps} steps`);
        assert.equal(links(inSteps, n), links(once, n));
        assert.equal(c.pending, null);
      }),
      { numRuns: 60 },
    );
  });
});
