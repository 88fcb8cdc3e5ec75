import vscode = require('vscode');
import type { FileError } from '../../core/types';
import type { LazyLog } from '../log';
import type { Problem } from './fileReader';

/**
 * Files the index did not take: skipped by design (over-size, binary) or failed (deleted,
 * unreadable). Never silent: each new problem is one output-channel line, and after a scan one
 * summary notification ("N files skipped: …") is shown once per distinct set.
 */
export class IndexProblems {
  private readonly problems = new Map<string, Problem>();
  private readonly logged = new Map<string, string>();
  private announced = '';

  constructor(private readonly log: LazyLog) {}

  set(key: string, problem: Problem): void {
    this.problems.set(key, problem);
    const line = `${problem.kind}: ${problem.reason}`;
    if (this.logged.get(key) === line) return;
    this.logged.set(key, line);
    if (problem.kind === 'skipped') this.log.warn(`${key}: skipped, ${problem.reason}`);
    else this.log.error(`${key}: not indexed, ${problem.reason}`);
  }

  delete(key: string): void {
    this.problems.delete(key);
    this.logged.delete(key);
  }

  /** Problems as report errors, sorted by path ("skipped: …" or "error: …"). */
  list(): FileError[] {
    return [...this.problems]
      .map(([path, p]) => ({ path, message: `${p.kind === 'skipped' ? 'skipped' : 'unreadable'}: ${p.reason}` }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** Shows the one-time summary notification for the current set of problems (if new). */
  announce(): void {
    const all = [...this.problems];
    const signature = all.map(([k, p]) => `${k}\u0000${p.kind}`).sort().join('\n');
    if (all.length === 0 || signature === this.announced) return;
    this.announced = signature;
    const skipped = all.filter(([, p]) => p.kind === 'skipped');
    const failed = all.filter(([, p]) => p.kind === 'error');
    const parts: string[] = [];
    if (skipped.length > 0) parts.push(`${count(skipped.length)} skipped: ${sample(skipped)}`);
    if (failed.length > 0) parts.push(`${count(failed.length)} could not be read: ${sample(failed)}`);
    void vscode.window.showWarningMessage(`Provenance Lens: ${parts.join('; ')}.`, 'Show Details').then((choice) => {
      if (choice) this.log.show(true);
    });
  }
}

function count(n: number): string {
  return `${n} ${n === 1 ? 'file' : 'files'}`;
}

function sample(items: Array<[string, Problem]>): string {
  const shown = items.slice(0, 3).map(([k, p]) => `${k} (${p.reason})`).join(', ');
  return items.length > 3 ? `${shown} and ${items.length - 3} more` : shown;
}
