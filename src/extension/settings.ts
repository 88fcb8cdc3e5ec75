import vscode = require('vscode');
import { compileGlobs } from './globMatch';

/** A typed, immutable snapshot of the `provenanceLens.*` settings. */
export interface SettingsSnapshot {
  readonly include: ReadonlyArray<(path: string) => boolean>;
  readonly exclude: ReadonlyArray<(path: string) => boolean>;
  /** The include globs as written (valid ones only), for `workspace.findFiles`. */
  readonly includeGlobs: readonly string[];
  readonly invalidGlobs: ReadonlyArray<{ pattern: string; error: string }>;
  readonly maxFileBytes: number;
  readonly decorations: { quotes: boolean; numbers: boolean; boilerplate: boolean; speakerNames: boolean };
}

const SECTION = 'provenanceLens';

/** Reads the settings into a snapshot; invalid values fall back to defaults. */
export function readSettings(): SettingsSnapshot {
  const cfg = vscode.workspace.getConfiguration(SECTION);
  const includeRaw = arrayOf(cfg.get<unknown>('files.include'), ['**/*.txt']);
  const excludeRaw = arrayOf(cfg.get<unknown>('files.exclude'), ['**/node_modules/**', '**/.git/**']);
  const inc = compileGlobs(includeRaw);
  const exc = compileGlobs(excludeRaw);
  const mb = cfg.get<number>('maxFileSizeMB', 5);
  const flag = (key: string): boolean => cfg.get<boolean>(`decorations.${key}`, true) !== false;
  return {
    include: inc.matchers,
    exclude: exc.matchers,
    includeGlobs: includeRaw.filter((p): p is string => typeof p === 'string' && !inc.invalid.some((i) => i.pattern === p)),
    invalidGlobs: [...inc.invalid, ...exc.invalid],
    maxFileBytes: (Number.isFinite(mb) && mb > 0 ? mb : 5) * 1024 * 1024,
    decorations: { quotes: flag('quotes'), numbers: flag('numbers'), boilerplate: flag('boilerplate'), speakerNames: flag('speakerNames') },
  };
}

function arrayOf(value: unknown, fallback: unknown[]): unknown[] {
  return Array.isArray(value) ? value : fallback;
}

/** Holds the current snapshot, re-reads it on configuration changes and warns about invalid globs. */
export class Settings implements vscode.Disposable {
  private snapshot = readSettings();
  private readonly changed = new vscode.EventEmitter<SettingsSnapshot>();
  private readonly listener: vscode.Disposable;
  private warned = '';
  /** Fires with the new snapshot after any `provenanceLens.*` setting changes. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.warnInvalid();
    this.listener = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      this.snapshot = readSettings();
      this.warnInvalid();
      this.changed.fire(this.snapshot);
    });
  }

  get current(): SettingsSnapshot {
    return this.snapshot;
  }

  /** True when a workspace-relative path passes the include and exclude globs. */
  matchesFiles(relativePath: string): boolean {
    const s = this.snapshot;
    return s.include.some((m) => m(relativePath)) && !s.exclude.some((m) => m(relativePath));
  }

  /** The last invalid-glob warning shown (for tests), undefined when every glob is valid. */
  get lastWarning(): string | undefined {
    return this.warned || undefined;
  }

  /** One warning per distinct set of invalid globs (not one per settings change). */
  private warnInvalid(): void {
    const bad = this.snapshot.invalidGlobs;
    const list = bad.map((b) => `"${b.pattern}" (${b.error})`).join(', ');
    const message = bad.length === 0 ? '' : `Provenance Lens: ignoring invalid glob pattern(s) in provenanceLens.files settings: ${list}. The other patterns still apply.`;
    if (message === this.warned) return;
    this.warned = message;
    if (message) void vscode.window.showWarningMessage(message);
  }

  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
  }
}
