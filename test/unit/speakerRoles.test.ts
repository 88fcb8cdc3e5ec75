import * as assert from 'node:assert/strict';
import { roleSignature, roleWords, rolesCompatible } from '../../src/core/quotes/roles';
import { analyzeText } from '../../src/core/analyze';
import { speakerFinder } from './speakerFixtures';

/** Speaker of the quote whose text starts with `start`. */
const speakerOf = speakerFinder('fr');

function fits(description: string, known: string): boolean | null {
  return rolesCompatible(roleSignature(roleWords(description)), roleSignature(roleWords(known)));
}

describe('speaker roles: compatibility of a role description with a known role', () => {
  it('the same head noun with disjoint domains conflicts; no domain on one side fits', () => {
    assert.equal(fits("le ministre de l'Intérieur", 'ministre des Finances'), false);
    assert.equal(fits("le ministre de l'Intérieur", "ministre français de l'Intérieur"), true);
    assert.equal(fits('le ministre', 'ministre fédéral de la Mobilité'), true);
    assert.equal(fits('le porte-parole de Total', 'porte-parole de la compagnie Total'), true);
    assert.equal(fits('le porte-parole du gouvernement', 'porte-parole de la zone de police'), false);
  });

  it('other head nouns conflict: Premier ministre is not président, a chancellor is not a president', () => {
    assert.equal(fits('le Premier ministre', 'le président'), false);
    assert.equal(fits('le Premier ministre', 'ministre de la Santé'), false);
    assert.equal(fits('German chancellor', 'Russian president'), false);
    assert.equal(fits('the lawmaker', 'a member of Parliament from the ruling party'), true);
    assert.equal(fits("l'ancien président", 'le président'), false);
  });

  it('an acronym matches the words it stands for; generic or missing heads say nothing', () => {
    assert.equal(fits('le porte-parole de la FNT', 'porte-parole de la Fédération Nationale des Taxis'), true);
    assert.equal(fits('the man', 'interior minister'), null);
    assert.equal(fits('la jeune femme', 'ministre'), null);
    assert.equal(fits('le ministre', 'Mr'), null);
  });
});

describe('speaker roles: descriptions resolve only to a person whose role fits', () => {
  it('"le ministre de l’Intérieur" never takes a person known as président, even when the role is given later', () => {
    const t = '« Chacun doit se ressaisir pour le dialogue », a réagi Léon Marchal sur Twitter.\n\n' +
      "Le ministre de l'Intérieur a assuré que ce mouvement n'était « pas représentatif du pays ».\n\n" +
      'Les mesures annoncées par le président Léon Marchal ne suffisent pas.';
    assert.equal(speakerOf(t, 'pas représentatif'), "Le ministre de l'Intérieur");
  });

  it('the description takes the person known with that role, even when another spoke last', () => {
    const t = "« Le dépôt est accessible », a fait savoir le porte-parole de la compagnie Norgaz, Paul de Vrij.\n\n" +
      '« Les livraisons vont reprendre », a ajouté Johan Mertens de la Fédération des négociants.\n\n' +
      '« Le dépôt ferme la nuit », a déclaré le porte-parole. « Cela dépend de la situation », selon M. De Vrij.';
    assert.equal(speakerOf(t, 'Les livraisons'), 'Johan Mertens');
    assert.equal(speakerOf(t, 'Le dépôt ferme'), 'Paul de Vrij');
    assert.equal(speakerOf(t, 'Cela dépend'), 'Paul de Vrij');
  });

  it('a role known from a title before the name is used; an unknown role keeps the previous behaviour', () => {
    const t = "Le ministre de l'Intérieur Marc Tessier était présent. « Il faut agir vite », a dit Anne Rolland.\n\n« Nous sommes prêts », a assuré le ministre de l'Intérieur.";
    assert.equal(speakerOf(t, 'Nous sommes'), 'Marc Tessier');
    const u = '« Il faut agir vite », a dit Anne Rolland. « Nous sommes prêts », a assuré la ministre.';
    assert.equal(speakerOf(u, 'Nous sommes'), 'Anne Rolland');
  });

  it('"the man" after an unnamed source is that source, not the person named before', () => {
    const t = 'Jim Corder did not appear and one of his fellow protesters said Corder feared arrest.\n\nThe man said of Corder: “He turned up about nine months ago.”';
    assert.equal(speakerOf(t, 'He turned up', 'en'), 'one of his fellow protesters');
  });

  it('"la jeune femme" and "the French president" are descriptions that find the person named as subject', () => {
    const t = 'Lina Morel a pointé du doigt le silence des politiques. « On parle de souffrance, on parle de douleur », s’est emportée la jeune femme.';
    assert.equal(speakerOf(t, 'On parle'), 'Lina Morel');
    const u = 'French president Paul Marin looks on. Addressing expats, the president praised Denmark. But the French president then said cultural differences made it hard. “Let’s not be naive,” he said.';
    assert.equal(speakerOf(u, 'Let’s not', 'en'), 'Paul Marin');
  });

  it('a definite body named again in short is the fuller body named before', () => {
    const t = 'La présidence française a dit craindre « une très grande violence ». « Nous avons des raisons de redouter le pire », a fait savoir la présidence.';
    assert.equal(speakerOf(t, 'Nous avons'), 'La présidence française');
  });
});

describe('speaker roles: leftover cue and clause classes', () => {
  it('French stance verbs with material between: fait part, faisait état, s’est elle aussi élevée, a tout d’abord souhaité, a continué', () => {
    const t = 'Marie Dupré a fait part dimanche de sa « profonde tristesse face à ce drame ». Jean Morin faisait état de « graves manquements dans la gestion ». ' +
      "Anne Durel s'est elle aussi élevée contre « une décision injuste et prise sans concertation ». Le maire Paul Leroux a tout d'abord souhaité « remercier les secours ». " +
      '« On continue le combat », a continué Lise Arnaud.';
    assert.equal(speakerOf(t, 'profonde'), 'Marie Dupré');
    assert.equal(speakerOf(t, 'graves'), 'Jean Morin');
    assert.equal(speakerOf(t, 'une décision'), 'Anne Durel');
    assert.equal(speakerOf(t, 'remercier'), 'Paul Leroux');
    assert.equal(speakerOf(t, 'On continue'), 'Lise Arnaud');
  });

  it('English: "shot back", "one man shouts" after a quote, a participle after a leading adverbial; "amid cries of" is no cue', () => {
    const t = 'Mr Garnier was asked about it. “No cronyism,” Mr Garnier shot back. “Yes we can,” one man shouts in the footage.';
    assert.equal(speakerOf(t, 'No cronyism', 'en'), 'Garnier');
    assert.equal(speakerOf(t, 'Yes we can', 'en'), 'one man');
    const u = 'On Friday, Mrs Hale took her pitch to the people, telling the BBC: “I don’t think they will come to us”.';
    assert.equal(speakerOf(u, 'I don’t', 'en'), 'Hale');
    const v = 'In the south, around 1,000 protesters turned out amid cries of “Out with him”.';
    assert.equal(speakerOf(v, 'Out with', 'en'), null);
  });

  it('a name before an apposition ending in a place or an organisation is the speaker; "said veteran sociologist X"', () => {
    const t = 'Marc Dorval, a member of the movement from rural Normandy, told CNN: “I am definitely not backing down now.”';
    assert.equal(speakerOf(t, 'I am', 'en'), 'Marc Dorval');
    const u = 'Rita Mendes, the head of the National Assembly, welcomed the “necessary” end of the blockades.';
    assert.equal(speakerOf(u, 'necessary', 'en'), 'Rita Mendes');
    const v = '“It is calming down,” said veteran sociologist Hugo Le Brun from the School of Social Studies.';
    assert.equal(speakerOf(v, 'It is', 'en'), 'Hugo Le Brun');
    const w = '« Il faut des mesures énergiques », a expliqué le bourgmestre de la Ville de Namur, Paul Closset au lendemain des débordements.';
    assert.equal(speakerOf(w, 'Il faut'), 'Paul Closset');
  });

  it('a headline "Surname : « … »" is the person the article names in full; a place before the colon is nobody', () => {
    const t = 'Vermeer : « Un cousin éloigné infiltré au club »\n\nTout le monde veut féliciter Bruno Vermeer, le célèbre humoriste.';
    assert.equal(speakerOf(t, 'Un cousin'), 'Bruno Vermeer');
    const u = 'Namur : « Nous ne céderons pas devant les casseurs »\n\nLe bourgmestre a parlé.';
    assert.equal(speakerOf(u, 'Nous ne'), null);
  });

  it('a sentence broken over lines by the page layout is read as one', () => {
    const t = 'At 7 p.m., just as the police regained control, Macron\ntweeted\n: "Thank you to our law enforcement for their courage."';
    assert.equal(speakerOf(t, 'Thank you', 'en'), 'Macron');
  });

  it('", he said," inside a relative clause is not a speaker noun phrase', () => {
    const t = 'Mr Ledoux spoke. But he criticised a minority who, he said, claimed to be “megaphones of a hateful crowd who have lashed out at everyone”.';
    assert.notEqual(speakerOf(t, 'megaphones', 'en'), 'he said');
  });

  it('a number after the last quote still gets the source of its sentence (the index reads on lazily)', () => {
    const t = 'Titre\n\n« Nous resterons mobilisés », a déclaré Paul Vidal.\n\nPlus tard, selon la police, 3 000 manifestants étaient présents à Namur.';
    const a = analyzeText(t);
    const n = a.numbers.find((x) => x.value === 3000);
    assert.ok(n, 'no number 3000');
    assert.equal(n.source, 'la police');
  });
});
