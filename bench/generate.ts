/**
 * Seeded generator of realistic article dumps for the benchmark.
 *
 * Produces French and English stories with attributed quotes in every mark style, numeric claims with
 * qualifiers and spelled-out numbers, every boilerplate style we know, and syndicated copies (the same
 * story re-run by other outlets with drifting numbers and retouched typography) so that linking has work.
 * Same seed, same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;

const SYL = ['ba', 'ce', 'di', 'fo', 'gu', 'la', 'me', 'ni', 'po', 'ru', 'sa', 'te', 'vi', 'zo', 'mar', 'pel', 'tin', 'dor', 'vel', 'ran', 'cho', 'bri', 'gal', 'sen'];
const FUNC_FR = ['le', 'la', 'les', 'de', 'des', 'du', 'et', 'en', 'un', 'une', 'pour', 'dans', 'sur', 'avec', 'qui', 'que', 'est', 'a', 'au', 'par'];
const FUNC_EN = ['the', 'of', 'and', 'to', 'in', 'a', 'for', 'on', 'with', 'that', 'is', 'was', 'by', 'at', 'from', 'it'];

/** A vocabulary of pseudo-words, so random stories share no long passages by chance (as real ones do not). */
function vocabulary(r: Rand, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let w = '';
    const k = 2 + Math.floor(r() * 3);
    for (let j = 0; j < k; j++) w += SYL[Math.floor(r() * SYL.length)];
    out.push(w);
  }
  return out;
}
const VOCAB = vocabulary(rng(12345), 6000);

/** A sentence of `n` words: content words drawn with a Zipf-like skew, function words between. */
function sentence(r: Rand, fr: boolean, n: number): string {
  const fw = fr ? FUNC_FR : FUNC_EN;
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    if (r() < 0.4) words.push(fw[Math.floor(r() * fw.length)]);
    else words.push(VOCAB[Math.floor(VOCAB.length * r() * r())]);
  }
  const s = words.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

const FR = {
  people: [
    ['Vedant Patel', 'le porte-parole du département d’Etat américain'],
    ['Mark Rutte', 'le secrétaire général de l’Otan'],
    ['Lloyd Austin', 'le secrétaire américain à la Défense'],
    ['Maria Zakharova', 'la porte-parole de la diplomatie russe'],
    ['Olaf Scholz', 'le chancelier allemand'],
    ['Christophe Castaner', 'le ministre de l’Intérieur'],
    ['Anne Hidalgo', 'la maire de Paris'],
    ['Charles Michel', 'le président du Conseil européen'],
  ],
  verbs: ['a déclaré', 'a affirmé', 'a estimé', 'a indiqué', 'a souligné', 'a assuré', 'a expliqué', 'a martelé'],
  inverted: ['a-t-il ajouté', 'a-t-elle précisé', 'a-t-il poursuivi', 'a-t-elle insisté'],
  sources: ['Kiev', 'la préfecture', 'l’agence du renseignement sud-coréen', 'la police', 'le ministère de l’Intérieur', 'les syndicats'],
  units: ['soldats', 'manifestants', 'drones', 'habitants', 'euros', 'personnes', 'missiles', 'policiers', 'emplois', 'logements'],
  adjs: ['nord-coréens', 'supplémentaires', 'mobilisés', 'blessés', 'déployés', 'publics'],
  qual: ['plus de ', 'quelque ', 'environ ', 'près de ', 'jusqu’à ', 'au moins ', 'moins de ', ''],
  spelled: ['six', 'onze', 'deux mille', 'quatre-vingt-dix', 'une dizaine de', 'trois millions de', 'une centaine de'],
  places: ['Bruxelles', 'Paris', 'Koursk', 'Kharkiv', 'Liège', 'Clermont-Ferrand', 'Namur', 'Bordeaux'],
  days: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'novembre', 'décembre'],
  statements: [
    'Nous ne laisserons pas cette situation se dégrader davantage',
    'Ce nouvel élément exige une réponse ferme et elle le sera',
    'Les personnes impliquées sont en cours d’identification',
    'Il faut retirer ces troupes sans délai, c’est une question de sécurité pour tous',
    'La coopération se poursuivra aussi longtemps que nécessaire',
    'Nous avons entendu la colère et nous allons y répondre par des mesures concrètes',
    'Les chiffres parlent d’eux-mêmes, la mobilisation ne faiblit pas',
  ],
  filler: [
    'La situation reste tendue dans la région, où les autorités ont renforcé le dispositif de sécurité.',
    'Les discussions doivent reprendre dans les prochains jours, selon plusieurs diplomates.',
    'Cette annonce intervient après plusieurs semaines de négociations difficiles entre les partenaires.',
    'Sur le terrain, les habitants décrivent une atmosphère lourde et une grande incertitude.',
    'Le gouvernement a promis de présenter un plan détaillé avant la fin du mois.',
  ],
};

const EN = {
  people: [
    ['Vedant Patel', 'the State Department spokesman'],
    ['Mark Rutte', 'the NATO secretary general'],
    ['Emmanuel Macron', 'the French president'],
    ['Jane Morrison', 'a police spokeswoman'],
    ['Edouard Philippe', 'the prime minister'],
  ],
  verbs: ['said', 'told reporters', 'added', 'wrote on Twitter', 'warned'],
  sources: ['Kyiv', 'the police', 'the interior ministry', 'South Korean intelligence', 'organisers'],
  units: ['soldiers', 'protesters', 'drones', 'residents', 'people', 'officers', 'jobs', 'homes'],
  qual: ['more than ', 'about ', 'nearly ', 'up to ', 'at least ', 'fewer than ', 'some ', ''],
  spelled: ['six', 'twelve', 'two thousand', 'ninety', 'a dozen', 'three million'],
  statements: [
    'We will not tolerate them and we will respond firmly',
    'This is a significant escalation of the conflict',
    'The situation on the ground is changing every hour',
    'We have heard the anger and we will answer it with concrete measures',
  ],
  filler: [
    'Tensions remained high in the region as authorities stepped up security.',
    'Talks are expected to resume in the coming days, according to several diplomats.',
    'Residents described a heavy atmosphere and deep uncertainty.',
  ],
};

const BOILER_FR_TAIL = [
  ['La source de cet article se trouve sur ce site', '', 'LAISSER UN COMMENTAIRE', '', 'S\'il vous plaît entrez votre commentaire!', 'S\'il vous plaît entrez votre nom ici', '', 'PARTAGER:', '', 'spot_imgspot_img'],
  ['Source link : https://www.example-news.fr/monde/article-{id}/', '', 'Author :', '', 'Publish date : {date}', '', 'Copyright for syndicated content belongs to the linked Source.', '', 'Tags : {outlet}', '', '.. . . . . . . . . . . . %%%. . . * . . . . . . . . $ $ $ $ - - - - . . . . .'],
  ['Lire aussi', '', 'Inscrivez-vous à notre newsletter pour recevoir l’essentiel de l’actualité.', '', 'Nous utilisons des cookies pour améliorer votre expérience.'],
];
const BOILER_EN_TAIL = [
  ['The source of this article can be found on this site', '', 'LEAVE A REPLY', '', 'Please enter your comment!', 'Please enter your name here', '', 'SHARE:', '', 'spot_imgspot_img'],
  ['Read More', '', '— Jane Doe (@janedoe)', '', 'February 16, 2019', '', 'Sign up for our newsletter.'],
];

const QUOTE_STYLES: ReadonlyArray<[string, string]> = [['« ', ' »'], ['«\u00a0', '\u00a0»'], ['“', '”'], ['"', '"'], ['”', '”']];

function number(r: Rand, fr: boolean): { text: string; value: number } {
  const v = pick(r, [12, 90, 300, 1500, 10000, 11000, 12000, 46600, 300000, 1800]);
  const style = int(r, 0, 3);
  const grouped = v.toLocaleString('en-US');
  if (style === 0) return { text: fr ? grouped.replace(/,/g, '\u00a0') : grouped, value: v };
  if (style === 1) return { text: fr ? grouped.replace(/,/g, '.') : grouped, value: v };
  if (style === 2) return { text: String(v), value: v };
  return { text: fr ? grouped.replace(/,/g, ' ') : grouped, value: v };
}

interface Story {
  fr: boolean;
  title: string;
  paragraphs: string[];
}

function makeStory(r: Rand): Story {
  const fr = r() < 0.7;
  const L = fr ? FR : EN;
  const paragraphs: string[] = [];
  const nPar = int(r, 8, 18);
  for (let i = 0; i < nPar; i++) {
    const [name, role] = pick(r, L.people);
    const [open, close] = pick(r, QUOTE_STYLES);
    // Stock phrases are rare: a quote shared by thousands of unrelated stories is not what archives hold
    // (syndicated copies, below, are where repetition comes from).
    const q = r() < 0.02 ? pick(r, L.statements) : sentence(r, fr, int(r, 6, 16));
    const n = number(r, fr);
    const unit = pick(r, L.units);
    const kind = int(r, 0, 5);
    let p: string;
    if (fr) {
      const adj = pick(r, FR.adjs);
      if (kind === 0) p = `${open}${q}${close}, ${pick(r, FR.verbs)} ${pick(r, FR.days)} ${role}, ${name}.`;
      else if (kind === 1) p = `Selon ${pick(r, FR.sources)}, ${pick(r, FR.qual)}${n.text} ${unit} ${adj} ${sentence(r, true, int(r, 4, 9)).toLowerCase()} à ${pick(r, FR.places)} le ${int(r, 1, 28)} ${pick(r, FR.months)} 2024.`;
      else if (kind === 2) p = `${name} ${pick(r, FR.verbs)} : ${open}${q}${close}. ${sentence(r, true, int(r, 5, 10))} : ${open}${sentence(r, true, int(r, 5, 12))}${close}, ${pick(r, FR.inverted)}.`;
      else if (kind === 3) p = `Vers 22H00, ${pick(r, FR.spelled)} ${unit} ${sentence(r, true, int(r, 3, 7)).toLowerCase()}, soit ${int(r, 2, 95)},${int(r, 1, 9)} % de plus qu’en 2023, d’après ${pick(r, FR.sources)}.`;
      else if (kind === 4) p = `Les « ${VOCAB[int(r, 0, VOCAB.length - 1)]} » ont défilé à ${pick(r, FR.places)}. ${sentence(r, true, int(r, 10, 20))}.`;
      else p = sentence(r, true, int(r, 12, 28)) + '. ' + sentence(r, true, int(r, 8, 20)) + '.';
    } else {
      if (kind === 0) p = `${open}${q}${close}, ${role}, ${name}, ${pick(r, EN.verbs)} on ${pick(r, ['Monday', 'Tuesday', 'Friday'])}.`;
      else if (kind === 1) p = `According to ${pick(r, EN.sources)}, ${pick(r, EN.qual)}${n.text} ${unit} ${sentence(r, false, int(r, 4, 9)).toLowerCase()} on November ${int(r, 1, 28)}, 2024.`;
      else if (kind === 2) p = `${name} ${pick(r, EN.verbs)}: ${open}${q}.${close}`;
      else if (kind === 3) p = `At 10:30 p.m., ${pick(r, EN.spelled)} ${unit} ${sentence(r, false, int(r, 3, 7)).toLowerCase()}, a ${int(r, 2, 95)}.${int(r, 1, 9)}% rise on 2023.`;
      else p = sentence(r, false, int(r, 12, 28)) + '. ' + sentence(r, false, int(r, 8, 20)) + '.';
    }
    const extra = int(r, 0, 2);
    for (let k = 0; k < extra; k++) p += ' ' + (r() < 0.1 ? pick(r, L.filler) : sentence(r, fr, int(r, 10, 24)) + '.');
    paragraphs.push(p);
  }
  const title = fr
    ? `${pick(r, ['Guerre en Ukraine', 'Gilets jaunes', 'Belgique', 'Europe'])} : ${pick(r, FR.statements).toLowerCase()}`
    : `${pick(r, ['Ukraine war', 'Yellow vests', 'Europe'])}: ${pick(r, EN.statements).toLowerCase()}`;
  return { fr, title, paragraphs };
}

/** Re-runs a story as another outlet would: drop or reorder a paragraph, retouch typography, drift a number. */
function syndicate(r: Rand, s: Story): Story {
  const paragraphs = s.paragraphs
    .filter(() => r() > 0.15)
    .map((p) => {
      let q = p;
      if (r() < 0.5) q = q.replace(/’/g, '\'');
      if (r() < 0.3) q = q.replace(/“/g, '« ').replace(/”/g, ' »');
      if (r() < 0.3) q = q.replace(/\b(\d{2})[.\u00a0 ](\d{3})\b/, (_m, a: string, b: string) => `${Number(a) + 1}.${b}`);
      return q;
    });
  return { ...s, paragraphs };
}

function render(r: Rand, s: Story, id: number, outlet: string): string {
  const date = `2024-${String(int(r, 1, 12)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')} ${String(int(r, 0, 23)).padStart(2, '0')}:${String(int(r, 0, 59)).padStart(2, '0')}:11`;
  const head = r() < 0.5 ? ['* . *', outlet, '', s.title, ''] : [s.title, '', 'Vues:', '', 'Date:', ''];
  const tails = s.fr ? BOILER_FR_TAIL : BOILER_EN_TAIL;
  const tail = pick(r, tails).map((l) => l.replace('{id}', String(id)).replace('{date}', date).replace('{outlet}', outlet));
  const body = s.paragraphs.join(r() < 0.5 ? '\n\n' : '\n');
  const nl = r() < 0.1 ? '\r\n' : '\n';
  return [...head, body, '', ...tail].join('\n').replace(/\n/g, nl);
}

export interface GenerateOptions {
  files: number;
  seed?: number;
  /** Share of files that are syndicated copies of an earlier story. */
  syndicated?: number;
}

/** Writes `files` dumps into `dir` and returns their paths. */
export function generateCorpus(dir: string, opts: GenerateOptions): string[] {
  const r = rng(opts.seed ?? 1);
  const share = opts.syndicated ?? 0.35;
  mkdirSync(dir, { recursive: true });
  const stories: Story[] = [];
  const paths: string[] = [];
  const outlets = ['L’Express', 'Le Figaro', 'La Libre', 'DH', 'Le Soir', 'CNN', 'The Guardian'];
  for (let i = 0; i < opts.files; i++) {
    let s: Story;
    if (stories.length > 0 && r() < share) s = syndicate(r, pick(r, stories.slice(-200)));
    else {
      s = makeStory(r);
      stories.push(s);
    }
    const p = join(dir, `${String(i).padStart(6, '0')}_${s.fr ? 'fr' : 'en'}.txt`);
    writeFileSync(p, render(r, s, i, pick(r, outlets)));
    paths.push(p);
  }
  return paths;
}
