import * as assert from 'node:assert/strict';
import { refineComponent } from '../../src/core/link/refine';

describe('refineComponent', () => {
  const values = new Map([[1, 10], [2, 18], [3, 30], [4, 11]]);
  const links = new Map<number, number[]>([[1, [2, 4]], [2, [1, 3]], [3, [2]], [4, [1]]]);

  it('keeps a component of plausible span whole without reading its links', () => {
    let completed = 0;
    const parts = refineComponent({
      members: [1, 2, 4],
      neighbours: () => assert.fail('links read'),
      strength: () => 0,
      value: (id) => values.get(id) ?? 0,
      beforeSplit: () => completed++,
    });
    assert.deepEqual(parts, [[1, 2, 4]]);
    assert.equal(completed, 0);
  });

  it('completes the links once before splitting a chain of too wide a span', () => {
    let completed = 0;
    const parts = refineComponent({
      members: [1, 2, 3, 4],
      neighbours: (id) => {
        assert.equal(completed, 1);
        return links.get(id) ?? [];
      },
      // Only 1–4 and 2–3 are compatible figures.
      strength: (a, b) => (a + b === 5 ? 1 : 0),
      value: (id) => values.get(id) ?? 0,
      beforeSplit: () => completed++,
    });
    assert.deepEqual(parts, [[1, 4], [2, 3]]);
    assert.equal(completed, 1);
  });
});
