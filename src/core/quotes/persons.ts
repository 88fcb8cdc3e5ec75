/**
 * Head nouns of descriptions: which nouns designate a person ("l’Américain", "le quinquagénaire",
 * "la chroniqueuse", "the diplomat") and which an organisation ("la société", "the company"), so that
 * a definite description of either kind can resolve to the person or body the text named before.
 * Read from a closed list plus a few suffixes that (almost) only make nouns of persons.
 */
import { PERSON_ROLES } from './lexicon';

/** Person nouns that the role list lacks (occupations, conditions, kin) in French and English. */
const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'acteur', 'actrice', 'comédien', 'comédienne', 'chanteur', 'chanteuse', 'rappeur', 'rappeuse', 'animateur', 'animatrice',
  'présentateur', 'présentatrice', 'académicien', 'académicienne', 'universitaire', 'historien', 'historienne',
  'politicien', 'politicienne', 'occupant', 'occupante', 'habitant', 'habitante',
  'prévenu', 'prévenue', 'accusé', 'accusée', 'victime', 'témoin', 'aide-soignant', 'aide-soignante',
  'artiste', 'sportif', 'sportive', 'joueur', 'joueuse', 'footballeur', 'cycliste', 'pilote', 'entrepreneur',
  'entrepreneuse', 'commerçant', 'commerçante', 'agriculteur', 'agricultrice', 'éleveur', 'éleveuse', 'ouvrier',
  'ouvrière', 'chauffeur', 'routier', 'gendarme', 'soldat', 'syndicaliste', 'élu', 'ministre-président',
  'vedette', 'star', 'héritier', 'héritière', 'imam', 'rabbin', 'prêtre', 'évêque', 'veuve', 'veuf',
  'jeune', 'dame', 'monsieur', 'madame', 'garçon', 'adolescent', 'adolescente', 'auteure', 'autrice', 'blogueur',
  'blogueuse', 'youtubeur', 'youtubeuse', 'influenceur', 'influenceuse', 'humoriste', 'cinéaste', 'réalisateur',
  'réalisatrice', 'producteur', 'productrice', 'metteur', 'sénateur', 'eurodéputé', 'eurodéputée', 'parlementaire',
  'diplomate', 'opposant', 'candidat', 'candidate', 'tribun', 'leader', 'locataire', 'gérant',
  'actor', 'actress', 'singer', 'rapper', 'presenter', 'host', 'academic', 'historian', 'politician', 'diplomat',
  'adviser', 'advisor', 'aide', 'driver', 'owner', 'worker', 'teacher', 'student', 'resident', 'veteran', 'author',
  'writer', 'novelist', 'campaigner', 'organiser', 'organizer', 'demonstrator', 'leader', 'victim', 'witness',
  'defendant', 'accused', 'businessman', 'businesswoman', 'entrepreneur', 'farmer', 'soldier', 'officer',
  'frenchman', 'frenchwoman', 'englishman', 'american', 'briton', 'german', 'italian', 'belgian', 'russian',
  'chairman', 'chairwoman', 'congressman', 'congresswoman', 'senator', 'representative', 'star', 'president-elect',
  'widow', 'boy', 'girl',
  'mp', 'mep', 'minister', 'economist', 'commentator', 'columnist', 'broadcaster', 'comedian', 'musician', 'artist',
]);

/** Nouns that the person suffixes would wrongly take in ("la liste", "le dialogue", "le secteur"). */
const NOT_PERSONS: ReadonlySet<string> = new Set([
  'liste', 'piste', 'dialogue', 'catalogue', 'prologue', 'épilogue', 'secteur', 'moteur', 'tracteur', 'facteur',
  'vecteur', 'capteur', 'compteur', 'équateur', 'berceuse', 'tondeuse', 'perceuse', 'mitrailleuse', 'veilleuse',
  'majeure', 'intérieur', 'extérieur', 'supérieur', 'antérieur', 'postérieur', 'ordinateur', 'indicateur', 'radiateur',
  'projecteur', 'détecteur', 'réacteur', 'régulateur', 'baromètre', 'inventaire', 'anniversaire', 'commentaire',
  'salaire', 'dictionnaire', 'calendrier', 'questionnaire', 'itinéraire', 'sanctuaire', 'formulaire', 'horaire',
]);

/** Newspapers and channels whose title is a demonym ("Le Parisien", "Le Républicain lorrain"): bodies, not persons. */
const MEDIA_DEMONYMS: ReadonlySet<string> = new Set(['parisien', 'républicain', 'lorrain', 'européen', 'provençal', 'dauphiné', 'berrichon', 'progrès', 'canard', 'quotidien', 'soir']);

/** Nouns that designate an organisation: "la société", "l’entreprise", "le groupe", "the company". */
const ORG_NOUNS: ReadonlySet<string> = new Set([
  'société', 'entreprise', 'groupe', 'compagnie', 'firme', 'constructeur', 'enseigne', 'opérateur', 'géant', 'fabricant',
  'distributeur', 'banque', 'multinationale', 'marque', 'start-up', 'plateforme', 'organisation', 'ong', 'association',
  'company', 'firm', 'carmaker', 'retailer', 'operator', 'giant', 'manufacturer', 'bank', 'brand',
  'platform', 'organisation', 'organization', 'charity', 'airline', 'compagnie', 'club', 'network',
]);

/** Words that name a person only after "ex-" ("l’ex-chargé de mission"; "chargé" alone is a participle). */
const FORMER_ONLY: ReadonlySet<string> = new Set(['chargé', 'chargée', 'patron', 'patronne', 'boxeur', 'champion', 'championne']);

/** True when a lower-case word is a noun that designates a person (role, occupation, age, nationality). */
export function isPersonNoun(lower: string, written: string): boolean {
  if (PERSON_ROLES.has(lower) || PERSON_NOUNS.has(lower)) return true;
  if (lower.length > 5 && lower.startsWith('ex-')) return FORMER_ONLY.has(lower.slice(3)) || isPersonNoun(lower.slice(3), written.slice(3)); // "l’ex-chargé de mission", "l’ex-footballeur"
  if (lower.length < 6 || NOT_PERSONS.has(lower) || lower.includes('’')) return false;
  if (/\d-year-old$/u.test(lower)) return true; // "the 45-year-old"
  if (lower.endsWith('génaire') || lower.endsWith('trentenaire')) return true; // "le quinquagénaire", "la trentenaire"
  if (lower.endsWith('euse') || lower.endsWith('trice') || lower.endsWith('iste') || lower.endsWith('logue')) return true; // "la chroniqueuse", "l’animatrice", "le syndicaliste", "la sociologue"
  return isDemonym(lower, written);
}

/** "l’Américain", "le Français", "la Ghlinoise", "le Liégeois": a capitalised nationality or inhabitant noun. */
function isDemonym(lower: string, written: string): boolean {
  const c = written.charCodeAt(0);
  const capital = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
  if (!capital || MEDIA_DEMONYMS.has(lower)) return false;
  return /(?:ais|aise|ois|oise|ain|aine|ien|ienne|éen|éenne|ard|arde|and|ande)$/u.test(lower);
}

/** True when a lower-case word is a noun that designates an organisation ("la société", "the company"). */
export function isOrgNoun(lower: string): boolean {
  return ORG_NOUNS.has(lower);
}

/**
 * True when a description as written holds a person noun, read with its capital ("l’Américain",
 * "le Liégeois" are persons; their lower-cased words alone are not). Reads at most a few words.
 */
export function writtenPersonNoun(phrase: string): boolean {
  let n = 0;
  for (const raw of phrase.split(' ')) {
    if (++n > 6) break;
    const apos = Math.max(raw.indexOf('’'), raw.indexOf("'"));
    const w = apos >= 0 && apos <= 1 ? raw.slice(apos + 1) : raw;
    if (w.length > 0 && isPersonNoun(w.toLowerCase(), w)) return true;
  }
  return false;
}
