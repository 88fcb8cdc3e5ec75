/**
 * Hand-built analyses for the linking tests: claims are located in short inline texts by their words.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import { linkFeatures, type LinkFeatures } from '../../src/core/link/index';
import type { FileAnalysis, NumberClaim, Qualifier, Quote } from '../../src/core/types';
import { generateCorpus } from '../../bench/generate';

export interface QuoteSpec {
  /** The quoted words exactly as they appear in the text (without the marks). */
  text: string;
  speaker?: string | null;
  fragment?: boolean;
}

export interface NumberSpec {
  /** The claim's words exactly as they appear in the text. */
  text: string;
  value: number;
  unit: string | null;
  qualifier?: Qualifier | null;
  source?: string | null;
  percent?: boolean;
}

export interface FileSpec {
  path: string;
  text: string;
  published?: string | null;
  /** The title line (meta.title), when the test needs one. */
  title?: string;
  quotes?: QuoteSpec[];
  numbers?: NumberSpec[];
}

function locate(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`fixture: "${needle}" not found`);
  return at;
}

/** Builds the FileAnalysis a perfect extractor would return for `spec`. */
export function analysisOf(spec: FileSpec): FileAnalysis {
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    const at = locate(spec.text, q.text);
    return {
      start: at - 1, end: at + q.text.length + 1, text: q.text, speaker: q.speaker ?? null,
      speakerRole: null, cue: null, fragment: q.fragment ?? false,
    };
  });
  const numbers: NumberClaim[] = (spec.numbers ?? []).map((n) => {
    const at = locate(spec.text, n.text);
    return {
      start: at, end: at + n.text.length, text: n.text, value: n.value, qualifier: n.qualifier ?? null,
      unit: n.unit, percent: n.percent ?? false, source: n.source ?? null,
    };
  });
  return {
    language: 'fr',
    meta: { outlet: null, title: spec.title ?? null, url: null, author: null, published: spec.published ?? null },
    boilerplate: [],
    quotes,
    numbers,
  };
}

/** The `{ path, text, analysis }` triple that `compareAnalyses` and `ClaimIndex.upsert` take. */
export function fileOf(spec: FileSpec): { path: string; text: string; analysis: FileAnalysis } {
  return { path: spec.path, text: spec.text, analysis: analysisOf(spec) };
}

const KOURSK = 'Les soldats nord-coréens déployés dans la région de Koursk combattent aux côtés de la Russie contre l’Ukraine. ';

/** Three short articles about one story (North Korean troops in Kursk) and one unrelated story. */
export const STORY: FileSpec[] = [
  {
    path: 'a.txt',
    published: '2024-11-13T13:48:11',
    text: KOURSK + '“Je peux confirmer que plus de 10 000 soldats nord-coréens ont été envoyés en Russie, la plupart sont arrivés dans la région de Koursk”, a déclaré Vedant Patel, porte-parole du département d’Etat.',
    quotes: [{ text: 'Je peux confirmer que plus de 10 000 soldats nord-coréens ont été envoyés en Russie, la plupart sont arrivés dans la région de Koursk', speaker: 'Vedant Patel' }],
    numbers: [{ text: 'plus de 10 000 soldats nord-coréens', value: 10000, qualifier: 'more-than', unit: 'soldats nord-coréens', source: 'Vedant Patel' }],
  },
  {
    path: 'b.txt',
    published: '2024-11-12T10:00:00',
    text: KOURSK + '«Je peux confirmer que plus de 10.000 soldats nord-coréens ont été envoyés en Russie», a déclaré le porte-parole Patel. Selon Kiev, quelque 11.000 soldats nord-coréens seraient déjà déployés en Russie, dans la région de Koursk.',
    quotes: [{ text: 'Je peux confirmer que plus de 10.000 soldats nord-coréens ont été envoyés en Russie', speaker: 'Patel' }],
    numbers: [
      { text: 'plus de 10.000 soldats nord-coréens', value: 10000, qualifier: 'more-than', unit: 'soldats nord-coréens', source: 'Patel' },
      { text: 'quelque 11.000 soldats nord-coréens', value: 11000, qualifier: 'about', unit: 'soldats nord-coréens', source: 'Kiev' },
    ],
  },
  {
    path: 'c.txt',
    text: KOURSK + 'Selon l’agence du renseignement sud-coréen, la Corée du Nord a décidé d’envoyer jusqu’à 12.000 soldats pour aider la Russie dans la région de Koursk. Le budget prévu atteint 10 000 euros par soldat. Mark Rutte dénonce une « escalade significative » de la guerre en Ukraine.',
    quotes: [{ text: 'escalade significative', speaker: 'Mark Rutte', fragment: true }],
    numbers: [
      { text: 'jusqu’à 12.000 soldats', value: 12000, qualifier: 'up-to', unit: 'soldats', source: 'l’agence du renseignement sud-coréen' },
      { text: '10 000 euros', value: 10000, unit: 'euros' },
    ],
  },
  {
    path: 'd.txt',
    text: 'Le conseil communal de Namur a voté le budget de la piscine municipale. Au total 12 000 euros seront consacrés aux vestiaires, a précisé l’échevin des sports, qui parle d’une « escalade significative » des coûts de chauffage.',
    quotes: [{ text: 'escalade significative', speaker: null, fragment: true }],
    numbers: [{ text: '12 000 euros', value: 12000, unit: 'euros' }],
  },
];

/**
 * Link features of a seeded generated corpus (see bench/generate), by file name, for tests that
 * replay many files through the index; the corpus is written to a temporary folder and removed.
 */
export function generatedFeatures(files: number, seed: number): Array<[string, LinkFeatures]> {
  const dir = mkdtempSync(join(tmpdir(), 'pl-generated-'));
  try {
    return generateCorpus(dir, { files, seed }).map((path) => {
      const text = readFileSync(path, 'utf8');
      return [basename(path), linkFeatures(text, analyzeText(text))];
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
