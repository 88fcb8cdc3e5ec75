import * as assert from 'node:assert/strict';
import { speakerFinder } from './speakerFixtures';

/** Speaker of the quote whose text starts with `start`. */
const speakerOf = speakerFinder('en');

describe('attribution: English feature writing (particle surnames, swallowed subjects, present tense, pronoun sex)', () => {
  it('a surname opening with a particle ("Le Pen", "Di Maio") is the person named in full before, not a body', () => {
    const t = 'Marine Le Pen met the press on Monday. “Our ideas are winning,” Le Pen says. “Nobody can stop us now.”';
    assert.equal(speakerOf(t, 'Our ideas'), 'Marine Le Pen');
    assert.equal(speakerOf(t, 'Nobody can'), 'Marine Le Pen');
    const u = 'Luigi Di Maio flew to Paris. “We share the same values,” Di Maio told reporters.';
    assert.equal(speakerOf(u, 'We share'), 'Luigi Di Maio');
  });

  it('a particle surname read as a body tells no sex: "she" still finds her', () => {
    const t = 'Marine Le Pen spoke for an hour. “Europe is adrift,” Le Pen says. Agnès Martin called that nonsense. Le Pen seems unmoved. “We will win in May,” she says.';
    assert.equal(speakerOf(t, 'We will win'), 'Marine Le Pen');
  });

  it('"Le Pen admits the RN …" is a clause, not a speaker called "Le Pen admits the RN"', () => {
    const t = 'Marine Le Pen received us. Le Pen admits the party has welcomed hardliners. A poster shows her smiling. “Our ideas are coming to power,” it says.';
    assert.equal(speakerOf(t, 'Our ideas'), null);
  });

  it('a particle name without a full form before stays as written ("Le Monde" is a newspaper)', () => {
    const t = '“The reform is dead,” Le Monde wrote on Tuesday.';
    assert.equal(speakerOf(t, 'The reform'), 'Le Monde');
  });

  it('a cue whose subject as read runs over another verb is dropped: the earlier verb reports', () => {
    const t = 'Eric Dumont leads the drivers. In response, Dumont posted an online call for “a general strike by all means necessary”.';
    assert.equal(speakerOf(t, 'a general strike'), 'Eric Dumont');
  });

  it('present-tense verbs of feature writing are cues ("laughs", "observes", "muses")', () => {
    const t = 'Jane Holt has followed the president for years. “Then, I was called naive,” Holt laughs. “It did not seem to take hold,” she observes.';
    assert.equal(speakerOf(t, 'Then, I'), 'Jane Holt');
    assert.equal(speakerOf(t, 'It did not'), 'Jane Holt');
    const u = '“Power changes people, and it changed him too,” muses Paul Varga, a historian.';
    assert.equal(speakerOf(u, 'Power changes'), 'Paul Varga');
  });

  it('a nominal -s form stays no cue ("the protests")', () => {
    const t = 'Thousands joined the march. The weekly protests “have changed the country”, a historian wrote.';
    assert.equal(speakerOf(t, 'have changed'), 'a historian');
  });

  it('adverbs such as "nevertheless" between subject and verb are skipped', () => {
    const t = 'Emmanuel Macron gave an interview on Wednesday. He nevertheless admitted that he was “wary of those trying to hijack the movement.”';
    assert.equal(speakerOf(t, 'wary of'), 'Emmanuel Macron');
  });

  it('"X laughs. But she …" tells X is a woman: a later "she says" skips a man named since by surname', () => {
    const t = 'Jane Holt has known Paul Varga for years. “Then, I was accused of bashing him,” Holt laughs. But she fears the opposite now. Varga is an unusual leader. “When Varga came along, people were startled,” she says.';
    assert.equal(speakerOf(t, 'When Varga'), 'Jane Holt');
  });

  it('without such a sentence, "she" keeps the surname named since (sex unknown either way)', () => {
    const t = 'Jane Holt has known Anna Varga for years. “Then, I was accused of bashing her,” Holt laughs. Varga is an unusual leader. “When I came along, people were startled,” she says.';
    assert.equal(speakerOf(t, 'When I came'), 'Anna Varga');
  });

  it('"he said" after "one man replied" is that man, not someone named earlier', () => {
    const t = 'Paul Varga drove us to the roundabout.\n\n“Not too cold?” my partner asked. “No, we have seen worse,” one man replied. “Listen,” he said, “we had a heatwave in 1976.”';
    assert.equal(speakerOf(t, 'Not too cold'), 'my partner');
    assert.equal(speakerOf(t, 'Listen'), 'one man');
    assert.equal(speakerOf(t, 'we had a heatwave'), 'one man');
  });

  it('an unnamed individual who spoke at "him" is not the "he" of the next quote', () => {
    const t = 'The writer Alain Marchal is at home in Paris.\nLast week, a protester shouted at him that he was a “dirty traitor” who should leave.\n“I am home, but not to these people,” he told the Observer.';
    assert.equal(speakerOf(t, 'I am home'), 'Alain Marchal');
  });

  it('"she" does not take an unnamed man', () => {
    const t = 'Anna Varga has run the shelter since 2015. “We are full,” she said. “Nobody cares,” one man replied. “We will open another floor,” she said.';
    assert.equal(speakerOf(t, 'We will open'), 'Anna Varga');
  });

  it('"Mr Di Maio" and a case variant ("Luigi di Maio") are the one person named in full first', () => {
    const t = 'Luigi Di Maio leads the movement. Mr Di Maio, who holds two posts, spoke on Monday. He urged the protesters not to “give up the fight”.';
    assert.equal(speakerOf(t, 'give up'), 'Luigi Di Maio');
    const u = 'Luigi Di Maio met the protesters. Later, Luigi di Maio flew home. “We share the same values,” Di Maio told reporters.';
    assert.equal(speakerOf(u, 'We share'), 'Luigi Di Maio');
  });

  it('"Name and others" / "Name and lower-case group" before a verb: the named person speaks', () => {
    const t = 'Paul Varga and others have denounced the violence of so many “hooligans on the streets”.';
    assert.equal(speakerOf(t, 'hooligans on'), 'Paul Varga');
    const u = 'Health minister Anna Varga and feminist groups said the threat was “unacceptable and shameful”.';
    assert.equal(speakerOf(u, 'unacceptable'), 'Anna Varga');
  });

  it('a name and group inside a complement is no subject', () => {
    const t = 'The support of Paul Varga and others said nothing about “the future of the region”.';
    assert.equal(speakerOf(t, 'the future'), null);
  });

  it('a description, then ", ," where a scraped page lost the name: the description speaks, and "she" goes on with it', () => {
    const t = 'Anna Varga condemned it. “This is shameful,” Ms Varga said. The joint president of the Family Planning Association, , said it was a “backwards step for everyone”. She said the union had a habit of “going too far in this way”.';
    assert.equal(speakerOf(t, 'backwards step'), 'The joint president of the Family Planning Association');
    assert.equal(speakerOf(t, 'going too far'), 'The joint president of the Family Planning Association');
    const u = 'The French president, , denounced the trend as “unacceptable and dangerous”.';
    assert.equal(speakerOf(u, 'unacceptable'), 'The French president');
  });

  it('"messages stating “…”": written things do not speak, their author does', () => {
    const t = 'James Holt leads the group. Holt, who calls himself a patriot, has posted angry messages online, including messages stating: “Wherever they go you will find trouble”.';
    assert.equal(speakerOf(t, 'Wherever they go'), 'James Holt');
  });

  it('a relative clause set between dashes is skipped like one between commas', () => {
    const t = 'James Holt leads the group. Paul Varga spoke later. Holt – who declined to talk to the Observer – said that “we attacked her with words”.';
    assert.equal(speakerOf(t, 'we attacked'), 'James Holt');
  });

  it('a participle cue after a long opening adverbial and a dashed clause takes the clause subject', () => {
    const t = 'James Holt leads the group. Paul Varga spoke later. In a live video broadcast on Friday afternoon, Holt – who declined to talk to us – defended the attack, saying that “we were right to do it”.';
    assert.equal(speakerOf(t, 'we were right'), 'James Holt');
  });

  it('"according to a release from X": the document keeps its issuer, and "the statement" later is that issuer', () => {
    const t = 'He praised the rescue teams who “showed great bravery all night,” according to a release from the French Presidency.\nThe statement also said that he “wanted every culprit found.”';
    assert.equal(speakerOf(t, 'showed great'), 'a release from the French Presidency');
    assert.equal(speakerOf(t, 'wanted every'), 'a release from the French Presidency');
  });

  it('"the statement" with no document issued before stays as written', () => {
    const t = 'The statement said the talks had “failed for good.”';
    assert.equal(speakerOf(t, 'failed for'), 'The statement');
  });

  it('"X of Group said … The group said": the group is X’s organisation', () => {
    const t = 'Paul Varga of Citizens Watch said: “They are hiding in plain sight.” The group said the posts showed he was “a danger to the public.”';
    assert.equal(speakerOf(t, 'a danger'), 'Citizens Watch');
    const u = 'Paul Varga, a teacher, said: “They are hiding in plain sight.” The group said the posts were “a danger to the public.”';
    assert.equal(speakerOf(u, 'a danger'), 'The group');
  });

  it('an age written without hyphens ("the 19 year old") is a person description: it takes the person just presented', () => {
    const t = 'Amadou Sow smiles as he recalls the night he crossed the border. “I had cuts all over my hands,” said the 19 year old from Mali.';
    assert.equal(speakerOf(t, 'I had cuts'), 'Amadou Sow');
  });

  it('a verb that may be a noun ("protests") reports only right after a quote and its subject', () => {
    const t = 'Marine Le Pen met us. “I expelled everyone who was racist,” Le Pen protests plaintively. The weekly protests “changed everything”, a historian wrote.';
    assert.equal(speakerOf(t, 'I expelled'), 'Marine Le Pen');
    assert.equal(speakerOf(t, 'changed everything'), 'a historian');
  });

  it('a bare plural source before a relative clause between commas speaks ("police, who …, said")', () => {
    const t = 'By noon, police, who had been searching cars around the city, said they had made dozens of “preventive arrests”.';
    assert.equal(speakerOf(t, 'preventive arrests'), 'police');
  });
});
