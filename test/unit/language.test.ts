import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeDoc } from '../../src/core/document';
import { detectLanguage, functionWordScores } from '../../src/core/language';

const SEEDS = join(__dirname, '..', 'fixtures', 'seeds');

describe('detectLanguage', () => {
  it('says fr for every seed dump', () => {
    for (const f of readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) {
      assert.equal(detectLanguage(makeDoc(readFileSync(join(SEEDS, f), 'utf8'))), 'fr', f);
    }
  });
  it('says en for an English paragraph', () => {
    const text = 'The president said on Monday that the protests were not over, and that he would meet the unions in the coming weeks.';
    assert.equal(detectLanguage(makeDoc(text)), 'en');
  });
  it('says fr for a French paragraph', () => {
    const text = 'Le président a déclaré lundi que les manifestations ne sont pas terminées et qu’il rencontrera les syndicats dans les prochaines semaines.';
    assert.equal(detectLanguage(makeDoc(text)), 'fr');
  });
  it('is null when too short or undecidable', () => {
    assert.equal(detectLanguage(makeDoc('Bruxelles')), null);
    assert.equal(detectLanguage(makeDoc('')), null);
    assert.equal(detectLanguage(makeDoc('12 34 56 %%% ***')), null);
    assert.equal(detectLanguage(makeDoc('the of and le la les')), null);
  });
  it('counts words without regex backtracking on huge input', () => {
    const s = functionWordScores('le '.repeat(300_000), 1000);
    assert.equal(s.fr, 1000);
  });
});
