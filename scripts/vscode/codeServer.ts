/**
 * Starts and stops a real VS Code 1.100.3 (code-server 4.100.3) on loopback, for the integration
 * tests, the end-to-end UI tests and the demo. See /work/shared/notes/real-vscode-offline.md.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

/** Repository root (this file lives in scripts/vscode/). */
export const repoRoot = path.resolve(__dirname, '..', '..');

/** A running code-server and how to reach and stop it. */
export interface CodeServer {
  readonly port: number;
  readonly origin: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  /** Everything code-server printed so far (for diagnostics). */
  output(): string;
  /** Kills code-server and its children, removes the temp folders it made; idempotent. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Folder the workbench opens by default. */
  readonly workspace: string;
  /** Port to bind; a free one when omitted. */
  readonly port?: number;
  /** Extensions folder (empty temp folder when omitted). */
  readonly extensionsDir?: string;
  /** User data folder (temp folder when omitted). */
  readonly userDataDir?: string;
  /** Seconds to wait for the server to answer HTTP. */
  readonly readyTimeoutS?: number;
  /** Extra environment for code-server and so for its extension host. */
  readonly env?: Record<string, string>;
}

/** Runs scripts/vscode/install.sh (idempotent) and returns the code-server folder. */
export function ensureCodeServer(): string {
  const fromEnv = process.env.PL_CODE_SERVER_BIN;
  if (fromEnv) return path.resolve(fromEnv, '..', '..', '..');
  const res = spawnSync('bash', [path.join(repoRoot, 'scripts', 'vscode', 'install.sh')], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (res.status !== 0) throw new Error(`scripts/vscode/install.sh failed (exit ${String(res.status)})`);
  const lines = res.stdout.trim().split('\n');
  return lines[lines.length - 1] ?? '';
}

/** Path of the code-server launcher inside an install folder. */
export function codeServerBin(installDir: string): string {
  return process.env.PL_CODE_SERVER_BIN ?? path.join(installDir, 'node_modules', '.bin', 'code-server');
}

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Creates a fresh temp folder with the given prefix. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

function httpOk(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve((res.statusCode ?? 500) < 500);
    });
    req.setTimeout(2000, () => req.destroy());
    req.on('error', () => resolve(false));
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutS: number): Promise<void> {
  const deadline = Date.now() + timeoutS * 1000;
  while (Date.now() < deadline) {
    if (exited(child)) throw new Error(`code-server exited early (code ${String(child.exitCode ?? child.signalCode)})`);
    if (await httpOk(url)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer on ${url} within ${String(timeoutS)} s`);
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** SIGTERM to code-server's process group, SIGKILL after 5 s; then SIGKILL any straggler in the group. */
function killTree(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return Promise.resolve();
  const killGroup = (sig: NodeJS.Signals): void => {
    try { process.kill(-pid, sig); } catch { /* group already gone */ }
  };
  return new Promise<void>((resolve) => {
    if (exited(child)) return resolve();
    const timer = setTimeout(resolve, 5000);
    child.once('exit', () => { clearTimeout(timer); resolve(); });
    killGroup('SIGTERM');
  }).then(() => killGroup('SIGKILL'));
}

/** Starts code-server on 127.0.0.1 with no auth, telemetry, update check or workspace trust. */
export async function startCodeServer(opts: StartOptions): Promise<CodeServer> {
  const installDir = ensureCodeServer();
  const port = opts.port ?? (await freePort());
  const userDataDir = opts.userDataDir ?? tempDir('pl-vscode-user-');
  const extensionsDir = opts.extensionsDir ?? tempDir('pl-vscode-ext-');
  const configFile = path.join(userDataDir, 'code-server-config.yaml');
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
  seedUserSettings(userDataDir);
  const args = [
    '--config', configFile, '--auth', 'none', '--bind-addr', `127.0.0.1:${String(port)}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir, opts.workspace,
  ];
  // detached: own process group, so stop() reaches the extension host and other children too.
  const child = spawn(codeServerBin(installDir), args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...opts.env },
  });
  let out = '';
  const collect = (b: Buffer): void => { out = (out + b.toString('utf8')).slice(-200_000); };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const origin = `http://127.0.0.1:${String(port)}`;
  const server: CodeServer = {
    port, origin, userDataDir, extensionsDir,
    output: () => out,
    stop: async () => {
      await killTree(child);
      for (const d of [opts.userDataDir ? undefined : userDataDir, opts.extensionsDir ? undefined : extensionsDir]) {
        if (d) fs.rmSync(d, { recursive: true, force: true });
      }
    },
  };
  try {
    await waitForHttp(`${origin}/healthz`, child, opts.readyTimeoutS ?? 60);
  } catch (err) {
    await server.stop();
    throw new Error(`${(err as Error).message}\n--- code-server output ---\n${out}`);
  }
  return server;
}

/** Quiet user settings: no welcome page, no release notes, no chat, no telemetry prompts. */
function seedUserSettings(userDataDir: string): void {
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'update.showReleaseNotes': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'chat.commandCenter.enabled': false,
    'workbench.colorTheme': 'Default Light Modern',
    'window.commandCenter': false,
    'editor.hover.delay': 200,
    'editor.minimap.enabled': false,
    'editor.wordWrap': 'on',
    'git.openRepositoryInParentFolders': 'never',
  };
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
}

/** A `vscode-remote://` URI for a local absolute path, as the workbench payload needs. */
export function remoteUri(server: Pick<CodeServer, 'port'>, absPath: string): string {
  return `vscode-remote://127.0.0.1:${String(server.port)}${absPath.split(path.sep).map(encodeURIComponent).join('/')}`;
}

/** Workbench URL opening `folder`, with an optional payload (extension development / tests). */
export function workbenchUrl(server: CodeServer, folder: string, payload?: [string, string][]): string {
  let url = `${server.origin}/?folder=${encodeURIComponent(folder)}`;
  if (payload && payload.length > 0) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}
