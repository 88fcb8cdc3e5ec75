import * as assert from 'node:assert/strict';
import { ClaimIndex } from '../../src/core/link/index';
import { fileOf, type FileSpec } from './linkFixtures';

/** Two files quoting one sentence of story `n` (each story is its own group). */
function story(n: number): FileSpec[] {
  const quote = [
    'Nous tiendrons parole sur les pensions jusqu’au bout de la législature',
    'Les hôpitaux recevront enfin les infirmières promises depuis trois hivers',
    'Aucune école rurale ne fermera ses portes tant que je serai ministre',
  ][n];
  return ['a', 'b'].map((side) => ({
    path: `s${n}-${side}.txt`,
    text: `Le ministre Dupont a répondu aux députés. « ${quote} », a-t-il promis devant la commission.`,
    quotes: [{ text: quote, speaker: 'Dupont' }],
  }));
}

describe('ClaimIndex group objects', () => {
  it('keeps the objects of unchanged groups and rebuilds only the edited one', () => {
    const index = new ClaimIndex();
    for (let n = 0; n < 3; n++) for (const f of story(n)) index.upsert(f.path, fileOf(f).text, fileOf(f).analysis);
    const first = index.groups();
    assert.equal(first.length, 3);
    const edited = fileOf(story(1)[0]);
    index.upsert(edited.path, edited.text, edited.analysis);
    const second = index.groups();
    assert.equal(second.length, 3);
    const same = second.filter((g) => first.includes(g));
    assert.equal(same.length, 2, 'the other groups kept as they were');
    const rebuilt = second.find((g) => !first.includes(g));
    assert.ok(rebuilt?.members.some((m) => m.path === edited.path));
    assert.equal(index.groupsForFile(edited.path)[0], rebuilt, 'hover and list share one object');
  });

  it('keeps a group object across many unrelated upserts (upserts never rebuild other components)', () => {
    const index = new ClaimIndex();
    for (let n = 0; n < 3; n++) for (const f of story(n)) index.upsert(f.path, fileOf(f).text, fileOf(f).analysis);
    const early = index.groupsForFile('s0-a.txt')[0];
    // Many unrelated upserts later, the untouched groups are still the same objects.
    for (let i = 0; i <= 300; i++) {
      const f = fileOf({ path: `x${i}.txt`, text: `Un texte isolé numéro ${i} sans citation ni chiffre partagé.` });
      index.upsert(f.path, f.text, f.analysis);
    }
    assert.equal(index.groupsForFile('s0-a.txt')[0], early);
    assert.equal(index.groups().length, 3);
  });
});
