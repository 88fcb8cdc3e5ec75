/**
 * A small glob matcher for the include/exclude settings, with validation so that a
 * malformed pattern becomes a clear warning instead of an exception. Pure (no `vscode`).
 * Supports `*`, `**`, `?`, `[abc]`, `[!abc]` and `{a,b}` (not nested), matched against
 * `/`-separated paths, case-sensitive like VS Code's own globs.
 */

export type CompiledGlob = { ok: true; pattern: string; test: (path: string) => boolean } | { ok: false; pattern: string; error: string };

const MAX_GLOB_LENGTH = 500;

/** Compiles one glob; returns an error description for malformed patterns. */
export function compileGlob(pattern: string): CompiledGlob {
  if (typeof pattern !== 'string' || pattern.trim() === '') return { ok: false, pattern: String(pattern), error: 'empty pattern' };
  if (pattern.length > MAX_GLOB_LENGTH) return { ok: false, pattern, error: `longer than ${MAX_GLOB_LENGTH} characters` };
  const translated = translate(pattern);
  if (typeof translated !== 'string') return { ok: false, pattern, error: translated.error };
  const re = new RegExp(`^${translated}$`, 'u');
  return { ok: true, pattern, test: (path: string) => re.test(path.replace(/\\/g, '/')) };
}

/** Compiles a list of globs, splitting valid ones from invalid ones (reported, never thrown). */
export function compileGlobs(patterns: readonly unknown[]): { matchers: Array<(path: string) => boolean>; invalid: Array<{ pattern: string; error: string }> } {
  const matchers: Array<(path: string) => boolean> = [];
  const invalid: Array<{ pattern: string; error: string }> = [];
  for (const p of patterns) {
    const g = compileGlob(typeof p === 'string' ? p : '');
    if (g.ok) matchers.push(g.test);
    else invalid.push({ pattern: typeof p === 'string' ? p : JSON.stringify(p), error: g.error });
  }
  return { matchers, invalid };
}

function translate(glob: string): string | { error: string } {
  let out = '';
  let inBraces = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
        if (!atStart || !atEnd) return { error: `"**" must be a whole path segment (at ${i + 1})` };
        if (glob[i + 2] === '/') {
          out += '(?:[^/]*/)*';
          i += 2;
        } else {
          out += '.*';
          i += 1;
        }
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) return { error: `unclosed "[" at ${i + 1}` };
      let body = glob.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      out += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, (m) => `\\${m}`)}]`;
      i = close;
    } else if (c === '{') {
      if (inBraces) return { error: `nested "{" at ${i + 1} is not supported` };
      if (glob.indexOf('}', i) === -1) return { error: `unclosed "{" at ${i + 1}` };
      inBraces = true;
      out += '(?:';
    } else if (c === '}') {
      if (!inBraces) return { error: `unmatched "}" at ${i + 1}` };
      inBraces = false;
      out += ')';
    } else if (c === ',' && inBraces) out += '|';
    else if (c === ']') return { error: `unmatched "]" at ${i + 1}` };
    else out += c.replace(/[.+^$()|\\]/g, (m) => `\\${m}`);
  }
  return out;
}
