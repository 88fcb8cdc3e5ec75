import * as assert from 'node:assert/strict';
import { makeDoc } from '../../src/core/document';
import { findQuotes } from '../../src/core/quotes/quotes';
import { speakerFinder } from './speakerFixtures';
import type { Language, Quote } from '../../src/core/types';

function quotes(text: string, language: Language): Quote[] {
  return findQuotes(makeDoc(text), language, () => true);
}

/** Speaker of the quote whose text starts with `start`. */
const speakerOf = speakerFinder('en');

describe('attribution: clause subjects and names (fresh-article error classes)', () => {
  it('a lone surname opening "X added" after a quote is the speaker (not a "de"/"du" complement)', () => {
    const t = 'Jean Devos filmed the scene.\n\n"I love my country and I am patriotic," Devos added.';
    assert.equal(speakerOf(t, 'I love'), 'Jean Devos');
  });

  it('a capitalised organisation after "of"/"with" belongs to the apposed role, not the name', () => {
    const t = 'Nora Blake, the head of Hope Not Hate, said that “the threat from the far right is growing”.';
    assert.equal(speakerOf(t, 'the threat'), 'Nora Blake');
    const u = 'Paul Ferry, a researcher with the Institute for International and Strategic Affairs, said it was the only way of “getting out of this crisis”.';
    assert.equal(speakerOf(u, 'getting'), 'Paul Ferry');
  });

  it('a name ends the subject after a prepositional phrase or a lower-case role ("In the wake of … President X announced")', () => {
    const t = 'After the attacks President Anne Morel announced a crackdown on the “scourge” of hatred.';
    assert.equal(speakerOf(t, 'scourge'), 'Anne Morel');
    const u = 'Political commentator Lise Caron told reporters that the anger remained “profound.”';
    assert.equal(speakerOf(u, 'profound'), 'Lise Caron');
  });

  it('"de Gaulle asked", "he famously quipped", "he now believes" keep their subject', () => {
    const t = 'At a press conference, de Gaulle asked “Why should I begin a career as a dictator?” He was lucid. “How can you govern such a country?” he famously quipped.';
    assert.equal(speakerOf(t, 'Why should'), 'de Gaulle');
    assert.equal(speakerOf(t, 'How can'), 'de Gaulle');
    const u = 'Marc Olin spoke on Sunday. He supported the movement, although he now believes the protest is “grotesque” today.';
    assert.equal(speakerOf(u, 'grotesque'), 'Marc Olin');
  });

  it('a possessive after a preposition ("in Macron’s concessions") does not steal "she said"', () => {
    const t = 'Anne Morel spoke first. Lise Caron had travelled to Paris, saying she was “not interested” in Anne Morel’s concessions.\n\n“We are not letting anything go, not this time,” she said.';
    assert.equal(speakerOf(t, 'We are'), 'Lise Caron');
  });

  it('"Pour X (Parti)," and "Pour le député," attribute the quoted opinion', () => {
    const t = 'Paul Durand a parlé mardi. Pour Paul Durand (Ecolo), « la solution viendra des régions » à terme.\n\n« Rien ne bouge », a-t-il ajouté. Pour le député écologiste, « il existe des solutions sans eux ».';
    assert.equal(speakerOf(t, 'la solution', 'fr'), 'Paul Durand');
    assert.equal(speakerOf(t, 'il existe', 'fr'), 'Paul Durand');
  });

  it('a short phrase quoted three times mostly without a speaker is the writer’s label; one quoted each time with its speaker is not', () => {
    const t = 'Les « bonnets verts » défilent. Des « bonnets verts » bloquent la route.\n\nLe ministre Paul Durand a salué le calme des « bonnets verts » dimanche.';
    const q = quotes(t, 'fr').filter((x) => x.text === 'bonnets verts');
    assert.equal(q.length, 3);
    assert.ok(q.every((x) => x.speaker === null));
    const u = 'Le pays montre un « désarroi croissant », a dit Paul Durand. Le « désarroi croissant », a répété Paul Durand. Un « désarroi croissant », a conclu Paul Durand.';
    assert.ok(quotes(u, 'fr').every((x) => x.speaker === 'Paul Durand'));
  });

  it('a role description with no matching speaker takes the person just named as clause subject', () => {
    const t = 'Pierre Lenoir has ruled out a new tax. The president reportedly told ministers: “We are not going to unpick anything.”';
    assert.equal(speakerOf(t, 'We are not'), 'Pierre Lenoir');
  });
});
