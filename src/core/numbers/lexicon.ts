/**
 * Word tables for the number scanner (French and English). Keys are lower-case.
 * Kept apart from the scanning code so the rules read as data.
 */

/** Units and tens: words that add to the running small value (0–99). */
export const SMALL_WORDS: ReadonlyMap<string, number> = new Map([
  // French
  ['zéro', 0], ['zero', 0], ['un', 1], ['une', 1], ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5],
  ['six', 6], ['sept', 7], ['huit', 8], ['neuf', 9], ['dix', 10], ['onze', 11], ['douze', 12], ['treize', 13],
  ['quatorze', 14], ['quinze', 15], ['seize', 16], ['vingt', 20], ['vingts', 20], ['trente', 30],
  ['quarante', 40], ['cinquante', 50], ['soixante', 60], ['septante', 70], ['octante', 80], ['huitante', 80],
  ['nonante', 90],
  // English
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Words that multiply the small value by 100. */
export const HUNDRED_WORDS: ReadonlySet<string> = new Set(['cent', 'cents', 'hundred']);

/** Scale words valid in a spelled-out number or after digits, by language (French uses the long scale). */
export function scaleValue(word: string, language: 'fr' | 'en'): number | null {
  switch (word) {
    case 'mille': case 'thousand': return 1e3;
    case 'million': case 'millions': return 1e6;
    case 'milliard': case 'milliards': return 1e9;
    case 'billion': case 'billions': return language === 'fr' ? 1e12 : 1e9;
    case 'trillion': case 'trillions': return language === 'fr' ? 1e18 : 1e12;
    default: return null;
  }
}

/** Abbreviated scales written after digits ("$2.5bn", "10k", "5 Mds"); case-sensitive keys. */
export const SCALE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['K', 1e3], ['M', 1e6], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['bn', 1e9], ['b', 1e9],
  ['md', 1e9], ['Md', 1e9], ['mds', 1e9], ['Mds', 1e9], ['mrd', 1e9], ['Mrd', 1e9], ['tn', 1e12],
]);

/** Words that make the number before them a percentage ("12 pourcent", "5 percent"). */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['pourcent', 'pourcents', 'pourcentage', 'pourcentages', 'percent', 'pour-cent']);

/** Approximate collectives: "une dizaine" → 10, about. Plurals after a number multiply ("trois douzaines"). */
export const APPROX_WORDS: ReadonlyMap<string, number> = new Map([
  ['dizaine', 10], ['dizaines', 10], ['douzaine', 12], ['douzaines', 12], ['quinzaine', 15], ['quinzaines', 15],
  ['vingtaine', 20], ['vingtaines', 20], ['trentaine', 30], ['trentaines', 30], ['quarantaine', 40],
  ['quarantaines', 40], ['cinquantaine', 50], ['cinquantaines', 50], ['soixantaine', 60], ['soixantaines', 60],
  ['centaine', 100], ['centaines', 100], ['millier', 1000], ['milliers', 1000], ['demi-douzaine', 6],
  ['dozen', 12],
]);

/** Month names and abbreviations: a number next to one is part of a date. */
export const MONTHS: ReadonlySet<string> = new Set([
  'janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre',
  'octobre', 'novembre', 'décembre', 'decembre', 'janv', 'févr', 'fév', 'avr', 'juil', 'oct', 'nov', 'déc',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'dec',
]);

/** Weekday names: "mardi 12", "Thursday 14" are dates. */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Words before a number that make it an identifier or a label, not a quantity. */
export const IDENTIFIER_BEFORE: ReadonlySet<string> = new Set([
  'article', 'articles', 'art', 'number', 'alinéa', 'chapitre', 'chapter', 'numéro', 'numero', 'n°', 'no', 'nr',
  'page', 'pages', 'p', 'section', 'paragraphe', 'paragraph', 'acte', 'act', 'route', 'ligne', 'line', 'vol', 'flight',
  'bus', 'tram', 'trams', 'lignes', 'saison', 'season', 'épisode', 'episode', 'version', 'level', 'niveau', 'room', 'salle',
  'chambre', 'porte', 'gate', 'terminal', 'quai', 'platform', 'rue', 'avenue', 'boulevard', 'street',
  'tome', 'volume', 'titre', 'code', 'loi', 'résolution', 'resolution', 'catégorie', 'category', 'type',
  'modèle', 'model', 'windows', 'iphone', 'ios', 'android', 'phase', 'étape', 'stage', 'division', 'groupe',
  'group', 'zone', 'secteur', 'dossier', 'case', 'point', 'points', 'figure', 'fig', 'tableau', 'table',
  'annexe', 'round', 'verset', 'psaume', 'amendement', 'amendment', 'ligue', 'league', 'top', 'covid', 'kilomètre',
]);

/**
 * Words before a year-shaped number (1900–2100) that make it a year even when a noun follows
 * ("en 2019 manifestants…"). Without one, such a number is a year unless a counted noun follows.
 */
export const YEAR_BEFORE: ReadonlySet<string> = new Set([
  'en', 'in', 'depuis', 'since', 'until', 'till', 'année', 'années', 'year', 'hiver', 'été', 'printemps',
  'automne', 'winter', 'summer', 'spring', 'autumn', 'fall', 'début', 'fin', 'mi', 'mid', 'early', 'late',
  'jusqu', 'dès', 'circa', 'cop', 'euro', 'mondial', 'jeux', 'cup', 'coupe', 'budget', 'exercice', 'class',
  'promotion', 'élections', 'elections', 'présidentielle', 'législatives', 'européennes', 'rentrée',
]);

/** Words that end a French unit phrase or cannot be a counted noun. */
export const FR_STOPWORDS: ReadonlySet<string> = new Set([
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'à', 'au', 'aux', 'en', 'et', 'ou', 'mais',
  'dans', 'par', 'pour', 'sur', 'sous', 'avec', 'sans', 'entre', 'vers', 'chez', 'ont', 'sont', 'a', 'est',
  'été', 'sera', 'seront', 'était', 'étaient', 'avait', 'avaient', 'auraient', 'aurait', 'serait', 'seraient',
  'qui', 'que', 'qu', 'dont', 'où', 'ce', 'ces', 'cet', 'cette', 'se', 's', 'sa', 'son', 'ses', 'leur', 'leurs',
  'il', 'ils', 'elle', 'elles', 'on', 'nous', 'vous', 'ne', 'n', 'pas', 'plus', 'moins', 'très', 'selon',
  'depuis', 'après', 'avant', 'pendant', 'contre', 'lors', 'puis', 'alors', 'y', 'si', 'comme', 'tous',
  'toutes', 'tout', 'autres', 'autre', 'même', 'mêmes', 'aussi', 'encore', 'déjà', 'environ', 'près',
  'jusqu', 'parmi', 'auxquels', 'auxquelles', 'lesquels', 'lesquelles', 'desquels', 'desquelles',
  'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'notre', 'nos', 'votre', 'vos', 'quelque', 'quelques', 'chaque',
  'lui', 'eux', 'me', 'te', 'j', 'je', 'tu', 'c', 'ça', 'car', 'donc', 'or', 'ni', 'soit', 'dès', 'via',
  'afin', 'ainsi', 'bien', 'peu', 'beaucoup', 'trop', 'assez', 'là', 'ici', 'hier', 'demain', 'aujourd',
  'dernier', 'derniers', 'dernières', 'prochains', 'prochaines', 'premiers', 'premières', 'seulement',
]);

/** Words that end an English unit phrase or cannot be a counted noun. */
export const EN_STOPWORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'and', 'or', 'but', 'was', 'were',
  'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may',
  'might', 'must', 'can', 'that', 'which', 'who', 'whom', 'whose', 'this', 'these', 'those', 'it', 'its',
  'their', 'his', 'her', 'our', 'your', 'my', 'from', 'as', 'per', 'than', 'more', 'less', 'after',
  'before', 'since', 'when', 'while', 'into', 'over', 'under', 'about', 'up', 'out', 'so', 'not', 'no',
  'he', 'she', 'they', 'we', 'you', 'i', 'them', 'him', 'us', 'me', 'there', 'here', 'if', 'then', 'also',
  'each', 'all', 'both', 'other', 'others', 'such', 'said', 'says', 'according', 'between', 'among',
  'against', 'during', 'through', 'across', 'ago', 'later', 'earlier', 'only', 'just', 'even', 'still',
  'do', 'does', 'did', 'got', 'get', 'gets', 'what', 'where', 'why', 'how', 'again', 'too', 'very',
  'around', 'nearly', 'almost', 'some', 'any', 'every', 'own', 'same', 'than', 'times', 'now', 'yet',
  'whereas', 'although', 'though', 'because', 'until', 'till', 'via', 'onto', 'upon', 'within', 'without',
  'more', 'most', 'least', 'many', 'much', 'few', 'several', 'last', 'next', 'first', 'took', 'came', 'went',
  'gave', 'made', 'left', 'fled', 'fell', 'rose', 'saw', 'held', 'ran', 'won', 'lost', 'told', 'nationwide',
  'worldwide', 'annually', 'apiece', 'overall', 'respectively', 'total', 'million', 'billion', 'thousand',
]);

/** English irregular plurals (a unit phrase ends on a plural noun). */
export const EN_IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people', 'men', 'women', 'children', 'personnel', 'feet', 'teeth', 'mice', 'sheep', 'aircraft', 'cattle',
  'deer', 'livestock',
]);

/** Currency symbols before or after digits and the unit they stand for. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'dollars'], ['€', 'euros'], ['£', 'pounds'], ['¥', 'yen'], ['₽', 'roubles'], ['₴', 'hryvnias'],
  ['₹', 'rupees'], ['CHF', 'francs'], ['USD', 'dollars'], ['EUR', 'euros'], ['GBP', 'pounds'],
]);

/** Fraction words: "deux tiers", "two-thirds" are ratios, not counts (not claims). */
export const FRACTION_WORDS: ReadonlySet<string> = new Set([
  'tiers', 'quart', 'quarts', 'demi', 'demis', 'cinquième', 'cinquièmes', 'sixième', 'sixièmes', 'dixième',
  'dixièmes', 'centième', 'centièmes', 'millième', 'millièmes', 'half', 'halves', 'third', 'thirds',
  'quarter', 'quarters', 'fifth', 'fifths', 'sixth', 'sixths', 'tenth', 'tenths', 'hundredth', 'hundredths',
]);
