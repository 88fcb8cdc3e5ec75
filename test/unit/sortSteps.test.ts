import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { sortInSteps } from '../../src/core/sortSteps';

function drive<T>(steps: Generator<void, T[], void>): { result: T[]; pauses: number } {
  let pauses = 0;
  for (;;) {
    const s = steps.next();
    if (s.done) return { result: s.value, pauses };
    pauses++;
  }
}

describe('sortInSteps: a stable sort spread over steps', () => {
  it('gives the same order as a stable Array.sort, ties kept in input order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.nat()), { maxLength: 9000 }), (pairs) => {
        const order = (a: [number, number], b: [number, number]): number => a[0] - b[0];
        assert.deepEqual(drive(sortInSteps(pairs, order)).result, [...pairs].sort(order));
      }),
      { numRuns: 60 },
    );
  });

  it('pauses in proportion to the input, so no step does all the work', () => {
    const items = Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 20_000);
    const { result, pauses } = drive(sortInSteps(items, (a, b) => a - b));
    assert.deepEqual(result, [...items].sort((a, b) => a - b));
    assert.ok(pauses >= 20_000 / 2048, `only ${pauses} pauses`);
  });
});
