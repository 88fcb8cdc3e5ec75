/**
 * Word lists for attribution: reporting verbs (French and English, generated from lemmas so
 * the list covers tenses and inverted forms), role nouns, titles and function words.
 * All entries are lower case; look-ups lower-case the token first.
 */

/** French -er reporting verbs (infinitive). Forms are generated below. */
const FR_ER = [
  'déclarer', 'affirmer', 'ajouter', 'expliquer', 'indiquer', 'annoncer', 'assurer', 'estimer', 'souligner',
  'préciser', 'confier', 'lancer', 'marteler', 'rappeler', 'insister', 'relever', 'noter', 'observer',
  'commenter', 'tweeter', 'déplorer', 'dénoncer', 'regretter', 'raconter', 'témoigner', 'confirmer', 'nier',
  'rapporter', 'signaler', 'lâcher', 'exclamer', 'écrier', 'interroger', 'demander', 'répéter', 'réclamer',
  'exhorter', 'appeler', 'plaider', 'juger', 'considérer', 'fustiger', 'accuser', 'critiquer', 'alerter',
  'tonner', 'ironiser', 'résumer', 'détailler', 'argumenter', 'justifier', 'certifier', 'garantir', 'jurer',
  'clamer', 'proclamer', 'répliquer', 'rétorquer', 'enchaîner', 'glisser', 'souffler', 'inquiéter',
  'féliciter', 'réjouir', 'communiquer', 'pointer', 'évoquer', 'qualifier', 'menacer', 'avancer', 'analyser',
  'concéder', 'insurger', 'protester', 'indigner', 'réaffirmer', 'souhaiter', 'espérer', 'exiger',
  'scander', 'crier', 'constater', 'deviner', 'trancher', 'tempêter', 's’emporter', 'emporter', 'avouer',
  'postuler', 'résonner', 'illustrer', 'nuancer', 'objecter', 'opposer', 'prédire', 'pronostiquer',
  'dévoiler', 'révéler', 'informer', 'réagir', 'conseiller', 'recommander', 'mettre', 'supplier', 'implorer',
  'féliciter', 'saluer', 'remarquer', 'rassurer', 'prôner', 'dire', 'déclarer', 'publier', 'poster',
  'partager', 'twitter', 'relayer', 'citer', 'reprendre', 'insinuer', 'suggérer', 'réitérer', 'marquer',
  'embrayer', 'renchérir', 'plaisanter', 'railler', 'moquer', 'défendre', 'charger', 'attaquer', 'conclure',
  'décrire', 'admettre', 'reconnaître', 'promettre', 'prévenir', 'avertir', 'poursuivre', 'répondre',
  'soutenir', 'écrire', 'démentir', 'convenir', 'maintenir', 'mettre en garde', 'faire savoir', 'faire valoir',
  'cingler', 'titrer', 'argumenter', 'confier', 'enchérir', 'confesser', 'condamner', 'tempérer', 'continuer',
  'soupirer', 'murmurer', 'grincer', 'tacler', 'pester', 'râler', 'ricaner', 'grogner', 'persifler', 'relativiser',
  'attribuer', 'imputer', 'taxer', 'lister', 'fulminer', 'alarmer', 'tonitruer', 'sermonner', 'intimer',
  'abonder', 'asséner', 'assener', 'spécifier', 'interpeller', 'proférer', 'vociférer', 'hurler',
];

/** French reporting verbs in the infinitive ("Avant d’ajouter :", "Puis de conclure :"). */
export const FR_INFINITIVES: ReadonlySet<string> = new Set(FR_ER.filter((l) => !l.includes(' ')));

/** French forms that the generator cannot derive. */
const FR_IRREGULAR = [
  'dit', 'dis', 'disent', 'disait', 'disaient', 'dira', 'dirait',
  'écrit', 'écrivent', 'écrivait', 'écrivaient',
  'soutenu', 'soutient', 'soutiennent', 'soutenait',
  'poursuivi', 'poursuit', 'poursuivent', 'poursuivait',
  'répondu', 'répond', 'répondent', 'répondait',
  'reconnu', 'reconnaît', 'reconnait', 'reconnaissent',
  'admis', 'admet', 'admettent',
  'promis', 'promet', 'promettent',
  'prévenu', 'prévient', 'préviennent',
  'conclu', 'conclut', 'concluent',
  'averti', 'avertit', 'avertissent',
  'réagi', 'réagit', 'réagissent',
  'renchéri', 'renchérit', 'renchérissent', 'renchérissait', 'renchérissaient', 'réagissait', 'avertissait',
  'concluait', 'reconnaissait', 'admettait', 'promettait', 'prévenait', 'démentait', 'décrivait', 'reprenait', 'maintenait', 'répondaient',
  'démenti', 'dément', 'démentent',
  'décrit', 'décrivent',
  'convenu', 'convient',
  'maintenu', 'maintient',
  'repris', 'reprend',
  'prédit', 'prédisent',
  'garanti', 'garantit',
  'mis', 'met',
  'fait', 'faisait', 'font', 'faisaient', // only with savoir/valoir/part/état… (see MULTI in cues.ts)
  'élevé', 'élevée', 'élevés', 'élevées', // "s’est élevé contre"
];

/** French present participles (", ajoutant que …") inherit the clause's speaker. */
const FR_PARTICIPLES_EXTRA = ['disant', 'écrivant', 'soutenant', 'poursuivant', 'répondant', 'reconnaissant', 'promettant', 'prévenant', 'avertissant', 'concluant', 'dénonçant', 'lançant', 'menaçant', 'avançant', 'annonçant', 'renchérissant'];

const EN_FORMS = [
  'said', 'says', 'say', 'added', 'adds', 'told', 'tells', 'wrote', 'writes', 'explained', 'explains',
  'stated', 'states', 'noted', 'notes', 'insisted', 'insists', 'argued', 'argues', 'claimed', 'claims',
  'declared', 'declares', 'warned', 'warns', 'continued', 'continues', 'asked', 'asks', 'replied', 'replies',
  'responded', 'recalled', 'recalls', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'conceded',
  'tweeted', 'tweets', 'posted', 'announced', 'announces', 'confirmed', 'confirms', 'denied', 'denies',
  'suggested', 'suggests', 'queried', 'urged', 'urges', 'stressed', 'stresses', 'emphasized', 'emphasised', 'observed',
  'remarked', 'commented', 'shouted', 'yelled', 'screamed', 'cried', 'chanted', 'complained', 'lamented',
  'boasted', 'joked', 'quipped', 'predicted', 'promised', 'vowed', 'pledged', 'concluded', 'countered',
  'retorted', 'mused', 'wondered', 'whispered', 'sighed', 'alleged', 'testified', 'reported', 'revealed',
  'disclosed', 'cautioned', 'reiterated', 'maintained', 'maintains', 'contended', 'asserted', 'affirmed',
  'agreed', 'described', 'describes', 'called', 'calls', 'dubbed', 'labelled', 'labeled', 'branded', 'wrote',
  'explained', 'predicts', 'recounted', 'recounts', 'volunteered', 'volunteers',
  'insisted', 'demanded', 'demands', 'announced', 'stated', 'pointed', 'tweeted', 'texted', 'emailed',
  'answered', 'begged', 'pleaded', 'protested', 'exclaimed', 'snapped', 'added', 'elaborated', 'estimated',
  'estimates', 'acknowledged', 'charged', 'accused', 'criticized', 'criticised', 'condemned', 'hailed',
  'praised', 'welcomed', 'blasted', 'slammed', 'tells', 'shouts', 'screams', 'chants', 'cries', 'shot', 'hit', 'fired', 'recalled', 'reflected', 'mused', 'concedes', 'believes', 'believed',
  'call', 'describe', 'denounced', 'denounces', 'decried', 'decries', 'likened', 'likens',
  // present tense of feature writing ("…,” Pedder observes."); forms that are also common nouns (protests, remarks, comments, jokes) are left out
  'observes', 'laughs', 'laughed', 'quips', 'answers', 'agrees', 'complains', 'reflects', 'muses', 'sighs', 'scoffs', 'scoffed',
  'reasoned', 'retorts', 'concludes', 'contends', 'affirms', 'alleges', 'reveals', 'cautions', 'reiterates',
  'exclaims', 'laments', 'boasts', 'wonders', 'hinted', 'accuses', 'allege', 'blamed', 'blames',
];

const EN_PARTICIPLES = [
  'saying', 'adding', 'telling', 'writing', 'noting', 'explaining', 'warning', 'insisting', 'arguing',
  'claiming', 'stressing', 'calling', 'describing', 'declaring', 'stating', 'asking', 'urging', 'tweeting',
  'complaining', 'accusing', 'promising', 'vowing', 'suggesting', 'acknowledging', 'admitting',
];

function frForms(lemma: string): string[] {
  if (!lemma.endsWith('er')) return [];
  const stem = lemma.slice(0, -2);
  const soft = /[cg]$/.test(stem) ? (stem.endsWith('c') ? stem.slice(0, -1) + 'ç' : stem + 'e') : stem;
  const open = stem.replace(/é([^aeiouéèêë]+)$/u, 'è$1').replace(/([^aeiouéèêë])e([^aeiouéèêë])$/u, '$1è$2'); // répète, relève (not tweete)
  return [
    stem + 'é', stem + 'ée', stem + 'és', stem + 'ées', open + 'e', open + 'ent', soft + 'ait', soft + 'aient',
    soft + 'a', stem + 'era', stem + 'erait', soft + 'ant', stem + 'ons', stem + 'ez',
  ];
}

function buildFr(): { finite: Set<string>; participles: Set<string> } {
  const finite = new Set<string>(FR_IRREGULAR);
  const participles = new Set<string>(FR_PARTICIPLES_EXTRA);
  for (const lemma of FR_ER) {
    if (lemma.includes(' ')) continue;
    for (const f of frForms(lemma)) (f.endsWith('ant') ? participles : finite).add(f);
  }
  finite.add('rappelle').add('rappellent').add('appelle').add('appellent').add('jette').add('ordonne'); // "ordonne" only inverted (see FR_AMBIGUOUS_PRESENT); "a ordonné" orders, it reports nothing
  // Nouns and adjectives that collide with present forms are only accepted in inverted position.
  return { finite, participles };
}

const FR = buildFr();

/** French finite reporting verb forms (participles and 3rd-person present/imperfect). */
export const FR_VERBS: ReadonlySet<string> = FR.finite;
/** French present participles that continue the speaker of their clause. */
export const FR_PARTICIPLE_CUES: ReadonlySet<string> = FR.participles;
export const EN_VERBS: ReadonlySet<string> = new Set(EN_FORMS);
export const EN_PARTICIPLE_CUES: ReadonlySet<string> = new Set(EN_PARTICIPLES);

/** French present forms that are also common nouns/adjectives: never preverbal ("une note", "l’estime"). */
export const FR_AMBIGUOUS_PRESENT: ReadonlySet<string> = new Set([
  'note', 'estime', 'précise', 'assure', 'annonce', 'demande', 'rappelle', 'appelle', 'garantit', 'lance',
  'juge', 'analyse', 'résume', 'crie', 'critique', 'souhaite', 'menace', 'observe', 'signale', 'qualifie',
  'dit', 'écrit', 'conclut', 'avance', 'commente', 'remarque', 'poste', 'publie', 'cite', 'marque', 'charge',
  'attaque', 'confie', 'titre', 'relève', 'témoigne', 'réclame', 'plaide', 'tonne', 'glisse', 'souffle', 'explique',
  'continue', 'continuait', 'ordonne',
]);

/** Reflexive French reporting verbs, without the clitic ("se réjouit", "s’indigne", "s’est félicité"). */
export const FR_REFLEXIVE: ReadonlySet<string> = new Set([
  'réjouit', 'réjouissent', 'réjouissait', 'réjoui', 'lamente', 'lamentait', 'lamenté', 'désole', 'désolait', 'désolé',
  'félicite', 'félicitait', 'félicité', 'indigne', 'indignait', 'indigné', 'indignée', 'insurge', 'insurgeait', 'insurgé',
  'interroge', 'interrogeait', 'interrogé', 'étonne', 'étonnait', 'étonné', 'emporte', 'emportait', 'emporté', 'agace',
  'agaçait', 'agacé', 'exclame', 'exclamait', 'exclamé', 'amuse', 'amusait', 'amusé', 'demande', 'demandait',
  'inquiète', 'inquiétait', 'inquiété', 'offusque', 'offusquait', 'offusqué', 'défend', 'défendait', 'défendu',
  'justifie', 'justifiait', 'justifié', 'plaint', 'plaignait', 'moque', 'moquait', 'souvient', 'souvenait', 'épanche',
  'confie', 'confiait', 'exprime', 'exprimait', 'exprimé', 'explique', 'expliquait', 'rassure', 'rassurait', 'console',
  'alarme', 'alarmait', 'alarmé', 'agace', 'désespère', 'désespérait', 'énerve', 'énervait', 'impatiente', 'impatientait',
]);

/** French auxiliaries of compound tenses (plus inverted forms). */
export const FR_AUX: ReadonlySet<string> = new Set([
  'a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'aura', 'auront', 'avons', 'avez', 'ai',
  'est', 'sont', 'était', 'étaient', 's’est', "s'est", 'se', 's’était', "s'était", 'sera',
]);

export const EN_AUX: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'will', 'would', 'also', 'later', 'then', 'previously', 'earlier', 'once', 'again',
  'further', 'recently', 'repeatedly', 'publicly', 'simply', 'reportedly', 'often', 'always', 'never',
]);

/** Adverbs that may sit between an auxiliary and the participle, or between verb and inverted subject. */
export const FR_ADVERBS: ReadonlySet<string> = new Set([
  'encore', 'aussi', 'également', 'ensuite', 'déjà', 'alors', 'notamment', 'pourtant', 'quant', 'lui', 'elle',
  'eux', 'elles', 'pour', 'sa', 'son', 'leur', 'part', 'd’ailleurs', "d'ailleurs", 'toutefois', 'cependant',
  'de', 'nouveau', 'plus', 'tard', 'lui-même', 'elle-même', 'même', 'enfin', 'bien', 'ainsi', 'clairement',
  'publiquement', 'simplement', 'récemment', 'aussitôt', 'immédiatement', 'volontiers', 'fermement', 'à',
  'longuement', 'sobrement', 'dernièrement', 'hier', 'aujourd’hui', "aujourd'hui", 'mardi', 'lundi',
  'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'soir', 'matin', 'midi', 'ce', 'cette', 'dernier',
  'en', 'outre', 'effet', 'par', 'ailleurs', 'quelques', 'jours', 'plus', 'tôt', 'jadis', 'aussi', 'surtout',
  'tout', 'd’abord', "d'abord", 'rapidement', 'vivement', 'directement', 'toujours', 'néanmoins',
]);

/**
 * A French adverb as it may stand between auxiliary and participle: a listed one, or any lower-case
 * word in "-ment" ("a finalement affirmé", "a longuement expliqué"). Nouns in -ment ("gouvernement")
 * never sit in that slot, so the suffix test is safe there.
 */
export function isFrAdverb(w: string): boolean {
  if (FR_ADVERBS.has(w)) return true;
  return w.length >= 7 && w.endsWith('ment') && w.charCodeAt(0) >= 0x61;
}

/** Time words skipped between an inverted verb and its subject ("a déclaré mardi le …"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'aujourd’hui',
  'soir', 'matin', 'midi', 'après-midi', 'dernier', 'encore', 'aussi', 'également',
  'ensuite', 'alors', 'déjà', 'plus', 'tard', 'tôt', 'récemment', 'enfin', 'toutefois', 'cependant',
  'pourtant', 'notamment', 'immédiatement', 'aussitôt', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'yesterday', 'today', 'later', 'earlier', 'also', 'then', 'nuit', 'veille',
]);

/** Prepositions that open an adverbial phrase between an inverted verb and its subject. */
export const FR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'à', 'au', 'aux', 'devant', 'sur', 'dans', 'lors', 'auprès', 'via', 'depuis', 'pendant', 'après', 'avant',
  'par', 'en', 'face', 'sous', 'vers', 'chez', 'durant', 'pour',
]);

/** Words that end a subject noun phrase. */
export const NP_STOPS: ReadonlySet<string> = new Set([
  'dans', 'lors', 'devant', 'sur', 'pour', 'après', 'avant', 'depuis', 'pendant', 'qui', 'que', 'qu’', "qu'",
  'lorsque', 'alors', 'tandis', 'mais', 'en', 'avec', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi',
  'samedi', 'dimanche', 'hier', 'mentionnant', 'parce', 'car', 'afin', 'selon', 'quand', 'où',
  'via', 'auprès', 'face', 'in', 'on', 'at', 'during', 'after', 'before', 'who', 'that', 'when', 'while',
  'as', 'because', 'and', 'but', 'which', 'to', 'via', 'last', 'this', 'told', 'said', 'says', 'from', 'into',
  'about', 'since', 'today', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'et', 'ou', 'or', 'où', 'dont', 'lequel', 'laquelle', 'aujourd’hui', "aujourd'hui", 'encore',
  'également', 'aussi', 'ainsi', 'soit', 'sans', 'contre', 'comme', 'si', 'if', 'with', 'by', 'without',
]);

/** Determiners and other function words (a name never starts right after one unless cut by a title). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'le', 'la', 'les', 'l', 'de', 'du', 'des', 'd', 'à', 'au', 'aux', 'un', 'une', 'en', 'sur', 'the', 'of',
  'a', 'an', 'for', 'at', 'in', 'by', 'to', 'on', 'from', 'et', 'and', 'ce', 'cet', 'cette', 'ces', 'son',
  'sa', 'ses', 'leur', 'leurs', 'notre', 'votre', 'par', 'pour', 'avec', 'dans', 'this', 'that', 'its', 'his',
  'her', 'their', 'our', 'mon', 'ma', 'mes',
]);

/** Capitalised words that are titles or institutions: a personal name never includes them. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'président', 'présidente', 'president', 'prime', 'premier', 'première', 'minister', 'ministre', 'secretary',
  'secrétaire', 'general', 'gen', 'général', 'sen', 'senator', 'sénateur', 'rep', 'representative', 'gov',
  'governor', 'mayor', 'chancellor', 'chancelier', 'mr', 'mrs', 'ms', 'dr', 'm', 'mme', 'mlle', 'me', 'pr',
  'pope', 'pape', 'king', 'roi', 'queen', 'reine', 'prince', 'princesse', 'judge', 'juge', 'justice',
  'chief', 'commissioner', 'ambassador', 'spokesman', 'spokeswoman', 'director', 'leader', 'deputy', 'vice',
  'state', 'défense', 'defense', 'defence', 'affaires', 'république', 'état', 'etat', 'intérieur', 'interior',
  'foreign', 'home', 'office', 'house', 'senate', 'sénat', 'assemblée', 'lt', 'col', 'sgt', 'capt', 'colonel',
  'lieutenant', 'captain', 'sir', 'lord', 'lady', 'dame', 'saint', 'st', 'professor', 'prof', 'rabbi', 'father',
  'reverend', 'rev', 'cardinal', 'sheikh', 'emir', 'chairman', 'chairwoman', 'ceo', 'coach', 'officer',
  'agent', 'detective', 'inspector', 'superintendent', 'commander', 'admiral', 'sergeant', 'maître',
  'otan', 'nato', 'onu', 'un', 'ue', 'eu', 'kremlin', 'white', 'maison', 'blanche', 'pentagone', 'pentagon',
  'department', 'ministry', 'ministère', 'council', 'conseil', 'commission', 'parliament', 'parlement',
  'congress', 'congrès', 'court', 'cour', 'police', 'army', 'armée', 'party', 'parti', 'national',
  'nationale', 'union', 'européenne', 'european', 'international', 'twitter', 'telegram', 'facebook', 'cnn',
  'afp', 'reuters', 'ap', 'bbc', 'x', 'instagram', 'tiktok', 'youtube', 'belga', 'sud', 'nord',
]);

/** Heads of noun phrases that denote a person by role ("le porte-parole", "the spokesman"). */
export const PERSON_ROLES: ReadonlySet<string> = new Set([
  'porte-parole', 'président', 'présidente', 'ministre', 'secrétaire', 'chef', 'cheffe', 'chancelier',
  'chancelière', 'ambassadeur', 'ambassadrice', 'général', 'directeur', 'directrice', 'maire', 'procureur',
  'procureure', 'premier', 'première', 'responsable', 'patron', 'patronne', 'dirigeant', 'dirigeante',
  'commandant', 'conseiller', 'conseillère', 'député', 'députée', 'sénateur', 'sénatrice', 'gouverneur',
  'juge', 'avocat', 'avocate', 'mère', 'père', 'homme', 'femme', 'militant', 'militante', 'manifestant',
  'manifestante', 'leader', 'fondateur', 'fondatrice', 'vice-président', 'vice-présidente', 'vice-ministre', 'vice-premier', 'sous-secrétaire', 'élu', 'élue',
  'spokesman', 'spokeswoman', 'spokesperson', 'president', 'minister', 'secretary', 'chief', 'chancellor',
  'ambassador', 'mayor', 'prosecutor', 'director', 'official', 'governor', 'senator', 'lawyer', 'mother',
  'father', 'man', 'woman', 'activist', 'protester', 'founder', 'candidat', 'candidate', 'ancien', 'ancienne',
  'former', 'philosophe', 'philosopher', 'écrivain', 'auteur', 'chercheur', 'chercheuse', 'expert', 'experte',
  'analyste', 'analyst', 'professeur', 'professor', 'économiste', 'economist', 'politologue', 'sociologue',
  'historien', 'historienne', 'retraité', 'retraitée', 'figure', 'opposant', 'opposante', 'syndicaliste',
  'intéressé', 'intéressée', 'étudiant', 'étudiante', 'photographe', 'chroniqueur', 'chroniqueuse', 'polémiste',
  'écrivaine', 'autrice', 'prof', 'professeure', 'libéral', 'libérale', 'socialiste', 'écologiste', 'coprésident',
  'coprésidente', 'co-président', 'co-présidente', 'bourgmestre', 'échevin', 'échevine', 'éditorialiste', 'romancier',
  'romancière', 'entraîneur', 'coach', 'commissaire', 'gérant', 'gérante', 'taoiseach', 'tánaiste', 'lawmaker',
  'journaliste', 'journalist', 'reporter', 'correspondant', 'correspondante', 'policier', 'policière', 'médecin',
  'infirmier', 'infirmière', 'nurse', 'maïeur', 'mayeur', 'magistrat', 'magistrate', 'préfet', 'préfète',
]);

/** Pronoun subjects, with grammatical gender where it tells. */
export const PRONOUNS: ReadonlyMap<string, 'm' | 'f' | null> = new Map<string, 'm' | 'f' | null>([
  ['il', 'm'], ['elle', 'f'], ['ils', 'm'], ['elles', 'f'], ['on', null], ['lui', 'm'], ['eux', 'm'],
  ['he', 'm'], ['she', 'f'], ['they', null], ['it', null], ['him', 'm'], ['her', 'f'], ['them', null],
]);

/** Verbs whose use signals the same speaker continuing ("a ajouté le porte-parole"). */
export const CONTINUATIVE: ReadonlySet<string> = new Set([
  'ajouté', 'poursuivi', 'précisé', 'conclu', 'renchéri', 'insisté', 'ajoute', 'poursuit', 'précise',
  'conclut', 'continue', 'continué', 'added', 'continued', 'adds', 'concluded', 'insisted', 'went',
]);

/** Sentence-initial connectors stripped from a preverbal subject ("Mais le ministre a dit"). */
export const LEADING_CONNECTORS: ReadonlySet<string> = new Set([
  'mais', 'et', 'puis', 'ensuite', 'alors', 'or', 'donc', 'enfin', 'but', 'and', 'so', 'then', 'yet',
  'however', 'meanwhile', 'still', 'also', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi',
  'dimanche', 'hier', 'pourtant', 'cependant', 'toutefois', 'néanmoins', 'concernant', 'interrogé', 'interrogée',
  'interrogés', 'contacté', 'contactée', 'joint', 'jointe', 'invité', 'invitée', 'questionné', 'questionnée',
  'ici', 'là', 'ainsi', 'déjà', 'aujourd’hui', 'asked', 'speaking', 'contacted', 'interviewed',
]);

/** Finite verbs taking "de"/"à" + infinitive: they end the subject noun phrase before them. */
export const CATENATIVES: ReadonlySet<string> = new Set([
  'accepte', 'acceptent', 'refuse', 'refusent', 'tente', 'tentent', 'essaie', 'essaient', 'continue', 'continuent',
  'décide', 'décident', 'hésite', 'hésitent', 'promet', 'promettent', 'ose', 'osent', 'préfère', 'préfèrent',
  'commence', 'commencent', 'cesse', 'cessent', 'choisit', 'choisissent', 'parvient', 'parviennent',
]);

/** Auxiliaries and clause verbs: a noun phrase followed by one is a clause subject, not a speaker apposition. */
export const CLAUSE_VERB = /^(?:a|ont|avait|avaient|est|sont|sera|serait|va|vont|doit|peut|has|had|have|is|was|were|will|would|can|could)$/u;

/** True for a participle that introduces a quote ("estimant", "ajoutant", "saying"). */
export function isParticiple(t: { readonly lower: string }): boolean {
  return FR_PARTICIPLE_CUES.has(t.lower) || EN_PARTICIPLE_CUES.has(t.lower);
}
