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

const SET: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w.length > 0));

/** True for a normalised word that carries no topical information. */
export function isStopword(word: string): boolean {
  return SET.has(word);
}
