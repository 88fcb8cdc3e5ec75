/**
 * A permissive stand-in for the `vscode` module, for timing the extension's activation outside the
 * editor: every property is another stub, every call returns a stub with `dispose()`. It measures our
 * own activation path (module load + activate), not VS Code's.
 */
import Module from 'node:module';
import { promises as fsp, readFileSync } from 'node:fs';

type Stub = ((...args: unknown[]) => Stub) & { [k: string | symbol]: unknown };

export function makeStub(name = 'vscode'): Stub {
  const cache = new Map<string | symbol, unknown>();
  const target = function () {
    /* stub */
  } as unknown as Stub;
  return new Proxy(target, {
    get(_t, prop) {
      if (prop === 'then') return undefined;
      if (prop === Symbol.iterator) return function* () {};
      if (prop === Symbol.toPrimitive) return () => name;
      if (prop === 'dispose') return () => undefined;
      if (prop === 'length') return 0;
      if (!cache.has(prop)) cache.set(prop, makeStub(`${name}.${String(prop)}`));
      return cache.get(prop);
    },
    set(_t, prop, value) {
      cache.set(prop, value);
      return true;
    },
    defineProperty(_t, prop, desc) {
      cache.set(prop, desc.value ?? desc.get?.());
      return true;
    },
    apply: () => makeStub(`${name}()`),
    construct: () => makeStub(`new ${name}`),
  });
}

/** The top-level names of the real API, read from @types/vscode, so bundlers' namespace copies see them. */
function apiNames(): string[] {
  const dts = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  const names = new Set<string>();
  for (const line of dts.split('\n')) {
    const m = /^\s*export (?:namespace|class|enum|const|function) ([A-Za-z]+)/.exec(line);
    if (m) names.add(m[1]);
  }
  return [...names];
}

/** Makes `require('vscode')` return the stub. */
export function installVscodeStub(): void {
  const stub: Record<string, unknown> = {};
  for (const name of apiNames()) stub[name] = makeStub(`vscode.${name}`);
  const load = (Module as unknown as { _load: (req: string, ...rest: unknown[]) => unknown })._load;
  (Module as unknown as { _load: (req: string, ...rest: unknown[]) => unknown })._load = function (req: string, ...rest: unknown[]) {
    if (req === 'vscode') return stub;
    return load.call(this, req, ...rest);
  };
}

/** An ExtensionContext good enough for activate(). */
export function fakeContext(storage: string): Record<string, unknown> {
  const memento = { get: () => undefined, update: () => Promise.resolve(), keys: () => [] };
  return {
    subscriptions: [] as Array<{ dispose(): void }>,
    workspaceState: memento,
    globalState: { ...memento, setKeysForSync: () => undefined },
    extensionPath: storage,
    extensionUri: makeStub('extensionUri'),
    storageUri: makeStub('storageUri'),
    globalStorageUri: makeStub('globalStorageUri'),
    logUri: makeStub('logUri'),
    storagePath: storage,
    globalStoragePath: storage,
    logPath: storage,
    asAbsolutePath: (p: string) => p,
    extensionMode: 1,
    environmentVariableCollection: makeStub('env'),
    secrets: makeStub('secrets'),
    extension: makeStub('extension'),
  };
}

/** A `file:` Uri with the members the index uses (`toString` is cached, as VS Code's is). */
class FileUri {
  readonly scheme = 'file';
  private text: string | undefined;
  constructor(readonly path: string) {}
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    this.text ??= `file://${encodeURI(this.path)}`;
    return this.text;
  }
  static file(p: string): FileUri {
    return new FileUri(p);
  }
  static parse(s: string): FileUri {
    return new FileUri(decodeURI(s.replace(/^file:\/\//, '')));
  }
  static joinPath(base: FileUri, ...parts: string[]): FileUri {
    return new FileUri([base.path, ...parts].join('/'));
  }
}

type Listener<T> = (e: T) => unknown;

class Emitter<T> {
  private listeners: Array<Listener<T>> = [];
  readonly event = (l: Listener<T>): { dispose(): void } => {
    this.listeners.push(l);
    return { dispose: () => void (this.listeners = this.listeners.filter((x) => x !== l)) };
  };
  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }
  dispose(): void {
    this.listeners = [];
  }
}

class TokenSource {
  private readonly emitter = new Emitter<void>();
  readonly token = { isCancellationRequested: false, onCancellationRequested: this.emitter.event };
  cancel(): void {
    if (this.token.isCancellationRequested) return;
    this.token.isCancellationRequested = true;
    this.emitter.fire();
  }
  dispose(): void {
    this.emitter.dispose();
  }
}

class FsError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
  }
}

/**
 * Every `*.txt` below `dir` (what `findFiles('**\/*.txt')` answers), as plain paths; read
 * asynchronously, as VS Code searches in another process (a synchronous walk of 100,000 entries
 * would be counted as a stall of the extension host).
 */
async function walkTxt(dir: string, out: string[] = []): Promise<string[]> {
  for (const e of await fsp.readdir(dir, { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory()) await walkTxt(p, out);
    else if (e.name.endsWith('.txt')) out.push(p);
  }
  return out;
}

/**
 * A working `vscode` module for driving the extension's own workspace index outside the editor, on
 * the folder `root`: `file:` Uris, `workspace.findFiles` (a directory walk, like VS Code's search
 * process; any include glob lists the `.txt` files), `workspace.fs` on node:fs, event emitters,
 * cancellation, default settings, silent windows. Installs itself as `require('vscode')`.
 */
export function installWorkspaceStub(root: string): Record<string, unknown> {
  const rel = (u: FileUri | string): string => {
    const p = typeof u === 'string' ? u : u.path;
    return p.startsWith(`${root}/`) ? p.slice(root.length + 1) : p;
  };
  const none = (): { dispose(): void } => ({ dispose: () => undefined });
  const silent = { error: () => undefined, warn: () => undefined, info: () => undefined, show: () => undefined, dispose: () => undefined, appendLine: () => undefined };
  const api: Record<string, unknown> = {
    Uri: FileUri,
    EventEmitter: Emitter,
    CancellationTokenSource: TokenSource,
    FileSystemError: FsError,
    FileType: { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 },
    workspace: {
      workspaceFolders: [{ uri: new FileUri(root), name: 'root', index: 0 }],
      textDocuments: [],
      asRelativePath: rel,
      findFiles: async () => (await walkTxt(root)).map((p) => new FileUri(p)),
      getConfiguration: () => ({ get: <T>(_k: string, d?: T) => d }),
      onDidChangeConfiguration: none,
      onDidCloseTextDocument: none,
      onDidOpenTextDocument: none,
      fs: {
        stat: async (u: FileUri) => {
          try {
            const s = await fsp.stat(u.path);
            return { type: s.isDirectory() ? 2 : 1, size: s.size, mtime: s.mtimeMs, ctime: s.ctimeMs };
          } catch (err) {
            throw new FsError(String(err), 'FileNotFound');
          }
        },
        readFile: async (u: FileUri) => new Uint8Array(await fsp.readFile(u.path)),
      },
    },
    window: {
      showWarningMessage: () => Promise.resolve(undefined),
      showInformationMessage: () => Promise.resolve(undefined),
      createOutputChannel: () => silent,
      visibleTextEditors: [],
      onDidChangeVisibleTextEditors: none,
      createTreeView: () => ({ message: undefined as string | undefined, onDidChangeVisibility: none, dispose: () => undefined }),
      withProgress: <T>(_o: unknown, task: (p: { report(v: unknown): void }, t: unknown) => Promise<T>) => task({ report: () => undefined }, new TokenSource().token),
    },
  };
  // Installed again (another test file, another folder): modules already loaded hold the first
  // object, so it takes the new members.
  if (workspaceApi) return Object.assign(workspaceApi, api);
  workspaceApi = api;
  const load = (Module as unknown as { _load: (req: string, ...rest: unknown[]) => unknown })._load;
  (Module as unknown as { _load: (req: string, ...rest: unknown[]) => unknown })._load = function (req: string, ...rest: unknown[]) {
    if (req === 'vscode') return api;
    return load.call(this, req, ...rest);
  };
  return api;
}

let workspaceApi: Record<string, unknown> | undefined;

/** A workspaceState/globalState stand-in (in memory). */
export function memoryMemento(): { get<T>(k: string): T | undefined; update(k: string, v: unknown): Promise<void>; keys(): string[] } {
  const data = new Map<string, unknown>();
  return {
    get: <T>(k: string) => data.get(k) as T | undefined,
    update: (k: string, v: unknown) => Promise.resolve(void data.set(k, v)),
    keys: () => [...data.keys()],
  };
}
