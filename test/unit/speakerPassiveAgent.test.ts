import * as assert from 'node:assert/strict';
import { speakerFinder } from './speakerFixtures';

const speakerOf = speakerFinder('fr');

describe('attribution: passive agent before a colon', () => {
  it('"lancées par plusieurs manifestants : « A », « B »" gives both quotes to the agent', () => {
    const t = 'Plus tôt, des insultes avaient été lancées par plusieurs manifestants en colère : « Rentre chez toi », « On est le peuple ».';
    assert.equal(speakerOf(t, 'Rentre chez'), 'plusieurs manifestants');
    assert.equal(speakerOf(t, 'On est le'), 'plusieurs manifestants');
  });

  it('a named agent', () => {
    assert.equal(speakerOf('Le texte a été signé par Jean Dupont : « Nous refusons ce plan ».', 'Nous refusons'), 'Jean Dupont');
  });

  it('an agent that is not a person names no speaker', () => {
    assert.equal(speakerOf('Il a été renversé par un camion : « Il faut que cela cesse ».', 'Il faut'), null);
  });
});

describe('attribution: a shortened body takes its fuller earlier form', () => {
  it('"the prosecutor\'s office" after "the Paris prosecutor\'s office told …"', () => {
    const t = 'He was charged on Friday, the Paris prosecutor\'s office told reporters on Thursday. He is accused of "forgery and fraud," the prosecutor\'s office said.';
    assert.equal(speakerFinder('en')(t, 'forgery and'), 'the Paris prosecutor\'s office');
  });

  it('a one-word head ("the office") is not widened to it', () => {
    const t = 'He was charged on Friday, the Paris prosecutor\'s office told reporters on Thursday. The mayor\'s office disagreed: "forgery is a strong word," the office said.';
    assert.notEqual(speakerFinder('en')(t, 'forgery is'), 'the Paris prosecutor\'s office');
  });
});
