/**
 * Words too common (in French and English news) to show that two passages tell the same story.
 * Normalised form: lower case, no accents. Only words of four letters or more matter here.
 */
const WORDS = `
avec aussi alors autre autres avoir avait avaient avant apres aupres aucun aucune autour ainsi
cela celle celles celui ceux cette chez comme comment contre dans depuis des deux dont donc
elle elles encore entre etait etaient etre fait faire fois font leur leurs lors lorsque mais meme
moins nous notre nos pour plus peut peuvent pendant parce parmi plusieurs quand quel quelle quelles
quels quelque quelques sans selon sera seront ses sont sous souvent tous tout toute toutes tres
trop vers vous votre vraiment voila ceci celle-ci encore deja jamais toujours ensuite enfin
dire dit dits disait declare declaree declarent affirme affirmait explique ajoute precise
indique annonce estime souligne assure selon ainsi notamment cependant toutefois pourtant
lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril juin juillet
aout septembre octobre novembre decembre hier aujourd demain matin soir semaine semaines mois annee
annees jour jours heure heures premier premiere dernier derniere nouveau nouvelle nouveaux
grand grande grands grandes petit petite petits petites beaucoup environ jusqu pres
president presidente ministre gouvernement personne personnes gens selon cours partie
about after again against also among another because been before being between both could
does doing down during each from further have having here hers herself himself into itself
just more most much myself once only other ours ourselves over same should some such than
that their theirs them themselves then there these they this those through under until very
were what when where which while whom with would your yours yourself said says saying told
will year years monday tuesday wednesday thursday friday saturday sunday week weeks month
months today yesterday tomorrow first last people time according since still many well
`;

const LIST = [...new Set(WORDS.split(/\s+/).filter((w) => w.length > 0))];
const SET: ReadonlySet<string> = new Set(LIST);

/** True for a normalised word that carries no topical information. */
export function isStopword(word: string): boolean {
  return SET.has(word);
}

/** The stopwords by the FNV-1a hash of their code units (open addressing; slot: list index + 1). */
const BITS = 11;
const TABLE = new Int32Array(1 << BITS);
const LONGEST = Math.max(...LIST.map((w) => w.length));
for (let i = 0; i < LIST.length; i++) {
  let slot = slotOf(fnv(LIST[i]));
  while (TABLE[slot] !== 0) slot = (slot + 1) & (TABLE.length - 1);
  TABLE[slot] = i + 1;
}

function fnv(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h;
}

function slotOf(h: number): number {
  return (h ^ (h >>> BITS)) & (TABLE.length - 1);
}

/**
 * `isStopword` of the word units[at, at + n), given `h`, the (unmixed) FNV-1a hash of those units:
 * lets the word scans test words they never turn into strings.
 */
export function isStopwordUnits(units: Uint16Array, at: number, n: number, h: number): boolean {
  if (n > LONGEST) return false;
  for (let slot = slotOf(h); TABLE[slot] !== 0; slot = (slot + 1) & (TABLE.length - 1)) {
    const w = LIST[TABLE[slot] - 1];
    if (w.length === n && sameUnits(w, units, at)) return true;
  }
  return false;
}

/** The FNV-1a hash (unmixed) of units[at, at + n), as `isStopwordUnits` takes it. */
export function unitsFnv(units: Uint16Array, at: number, n: number): number {
  let h = 0x811c9dc5;
  for (let i = at; i < at + n; i++) h = Math.imul(h ^ units[i], 0x01000193);
  return h;
}

function sameUnits(w: string, units: Uint16Array, at: number): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) !== units[at + i]) return false;
  return true;
}
