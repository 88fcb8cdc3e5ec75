import * as assert from 'node:assert/strict';
import { ClaimIndex } from '../../src/core/link/index';
import { SCAN_CAP } from '../../src/core/link/candidates';
import { fileOf } from './linkFixtures';

const QUOTE = 'Nous ne laisserons jamais tomber nos partenaires face à cette agression brutale';
const COMMON = 'Cette phrase commune revient mot pour mot dans chacun des fichiers du corpus hostile sans exception.';

/** A pseudo-word unique to (file, position), so files share nothing but the planted text. */
function word(file: number, i: number): string {
  let h = (file * 7919 + i * 104729) >>> 0;
  let w = '';
  for (let k = 0; k < 6; k++) {
    w += String.fromCharCode(97 + (h % 26));
    h = Math.floor(h / 26) + k * 31 + file;
  }
  return w;
}

function hostileFile(n: number): ReturnType<typeof fileOf> {
  const own = Array.from({ length: 40 }, (_, i) => word(n, i)).join(' ');
  const text = `${own}. ${COMMON} « ${QUOTE} », a déclaré Olaf Scholz à Berlin. ${own.split(' ').reverse().join(' ')}.`;
  return fileOf({ path: `h${String(n).padStart(5, '0')}.txt`, text, quotes: [{ text: QUOTE, speaker: 'Olaf Scholz' }] });
}

describe('ClaimIndex at scale: hostile corpus', function () {
  this.timeout(60_000);
  const N = 3000;
  const files = Array.from({ length: N }, (_, i) => hostileFile(i));

  it('indexes one quote in 3,000 files and one fingerprint everywhere without pairwise work', () => {
    const index = new ClaimIndex();
    for (const f of files) index.upsert(f.path, f.text, f.analysis);
    const groups = index.groups();
    assert.equal(groups.length, 1, 'one quote group');
    assert.equal(new Set(groups[0].members.map((m) => m.path)).size, N);
    assert.deepEqual(index.duplicates(), [], 'one shared sentence does not make duplicates');
    const { comparisons, scanned } = index.stats();
    // All pairs would be ~4.5 million; capped scans give a constant number per file (at most
    // SCAN_CAP files behind the common fingerprint, about one test for the quote).
    assert.ok(comparisons < N * (SCAN_CAP + 32), `comparisons ${comparisons}`);
    assert.ok(scanned < N * 40 * SCAN_CAP, `scanned ${scanned}`);
    assert.ok(groups[0].label.length < 400, 'the label of a huge group stays short');
  });

  it('keeps re-upserts of a member cheap and the group whole', () => {
    const index = new ClaimIndex();
    for (const f of files) index.upsert(f.path, f.text, f.analysis);
    index.groups();
    const before = index.stats().comparisons;
    for (const i of [0, 1, 1500, N - 1]) {
      const f = files[i];
      index.upsert(f.path, f.text, f.analysis);
      assert.equal(index.groupsForFile(f.path).length, 1);
    }
    const after = index.stats().comparisons;
    // Re-linking a split piece reads capped lists only, even when the hub of the group leaves.
    assert.ok(after - before < 4 * 40 * SCAN_CAP, `comparisons for 4 re-upserts: ${after - before}`);
    assert.equal(new Set(index.groups()[0].members.map((m) => m.path)).size, N);
  });
});
