/**
 * The plain data the core produces. Offsets are UTF-16 code-unit offsets into the
 * decoded text (JavaScript string indices, as VS Code's `offsetAt`); `end` is exclusive.
 * Nothing here depends on the editor, the file system or Node.
 */

export type Language = 'fr' | 'en';

/** Metadata read from the dump's header/footer lines; null where absent or unparseable. */
export interface DumpMeta {
  outlet: string | null;
  title: string | null;
  url: string | null;
  author: string | null;
  /** ISO 8601, e.g. "2024-11-13T13:48:11" (no time zone is invented when the text gives none). */
  published: string | null;
}

/** A whole line that is not article content. `line` is 1-based; start/end cover the line without its terminator. */
export interface BoilerplateLine {
  line: number;
  start: number;
  end: number;
  reason: string;
}

/** A direct quotation. start/end include the quote marks; `text` is without them. */
export interface Quote {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  speakerRole: string | null;
  /** The reporting verb or phrase as written: "a déclaré", "selon", "said", "according to". */
  cue: string | null;
  /** Scare quotes / short quoted fragments inside a sentence, not statements. */
  fragment: boolean;
}

export type Qualifier = 'more-than' | 'about' | 'up-to' | 'at-least' | 'less-than';

/** A quantity in running text. start/end cover the qualifier, the number and the counted noun phrase. */
export interface NumberClaim {
  start: number;
  end: number;
  text: string;
  value: number;
  qualifier: Qualifier | null;
  /** What is counted: "soldats nord-coréens", "euros", "habitants". */
  unit: string | null;
  percent: boolean;
  /** Who the text says claims this quantity ("Kiev", "l'agence du renseignement sud-coréen"), when it says. */
  source?: string | null;
}

/** The analysis of one dump. */
export interface FileAnalysis {
  language: Language | null;
  meta: DumpMeta;
  boilerplate: BoilerplateLine[];
  quotes: Quote[];
  numbers: NumberClaim[];
}

/** One file in `analyze --json`. */
export interface AnalyzedFile extends FileAnalysis {
  path: string;
}

export interface FileError {
  path: string;
  message: string;
}

export interface AnalyzeReport {
  version: 1;
  files: AnalyzedFile[];
  errors: FileError[];
}

/** Cross-file linking (`compare --json`). */
export interface GroupMember {
  path: string;
  start: number;
  end: number;
  text: string;
  value?: number;
  qualifier?: Qualifier | null;
  speaker: string | null;
}

export interface ClaimGroup {
  id: string;
  kind: 'quote' | 'number';
  status: 'agree' | 'conflict';
  label: string;
  members: GroupMember[];
}

export interface DuplicatePair {
  paths: [string, string];
  similarity: number;
  /** The path with the earliest publish date (probable origin), or null when dates do not tell. */
  origin: string | null;
}

export interface CompareReport {
  version: 1;
  groups: ClaimGroup[];
  duplicates: DuplicatePair[];
  errors: FileError[];
}
