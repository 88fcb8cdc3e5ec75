/** Fresh, disposable copies of samples/workspace for the test tiers. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot, tempDir } from './codeServer';

/** The sample workspace committed in the repository. */
export const sampleWorkspace = path.join(repoRoot, 'samples', 'workspace');

/** Copies samples/workspace into a new temp folder (writable files) and returns its path. */
export function freshWorkspaceCopy(): string {
  const dir = path.join(tempDir('pl-ws-'), 'workspace');
  fs.cpSync(sampleWorkspace, dir, { recursive: true });
  for (const f of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, f), 0o644);
  return dir;
}

/** Removes a temp folder made by the harness, ignoring errors. */
export function removeQuietly(dir: string | undefined): void {
  if (!dir) return;
  try {
    fs.rmSync(dir, { recursive: true, force: true });
  } catch {
    // best effort: a leftover temp folder is harmless
  }
}
