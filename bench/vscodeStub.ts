/**
 * A permissive stand-in for the `vscode` module, for timing the extension's activation outside the
 * editor: every property is another stub, every call returns a stub with `dispose()`. It measures our
 * own activation path (module load + activate), not VS Code's.
 */
import Module from 'node:module';
import { readFileSync } from 'node:fs';

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
