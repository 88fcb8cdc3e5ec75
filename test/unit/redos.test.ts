/**
 * Every regular expression in the project's sources is checked for catastrophic backtracking with
 * recheck (automaton + fuzzing ReDoS checker). Regexes are collected with the TypeScript parser:
 * regex literals, and `new RegExp('literal', 'flags')` with constant arguments.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import { checkSync } from 'recheck';

interface Found {
  file: string;
  line: number;
  source: string;
  flags: string;
}

const ROOT = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (/\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name)) out.push(p);
  }
  return out;
}

function collect(file: string): Found[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const at = (node: ts.Node): number => sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = (node as ts.RegularExpressionLiteral).text;
      const slash = lit.lastIndexOf('/');
      found.push({ file, line: at(node), source: lit.slice(1, slash), flags: lit.slice(slash + 1) });
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [src, flags] = node.arguments ?? [];
      if (src && ts.isStringLiteralLike(src)) {
        const f = flags && ts.isStringLiteralLike(flags) ? flags.text : '';
        found.push({ file, line: at(node), source: src.text, flags: f });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('regular expressions are free of catastrophic backtracking', function () {
  this.timeout(600_000);
  const files = ['src', 'scripts', 'bench'].flatMap((d) => {
    try {
      return sourceFiles(join(ROOT, d));
    } catch {
      return [];
    }
  });
  const regexes = files.flatMap(collect);

  it('finds the project regexes (the collector works)', () => {
    assert.ok(regexes.length > 0, 'no regex collected');
    const probe = collect(join(ROOT, 'test', 'unit', 'redos.test.ts'));
    assert.ok(probe.some((r) => r.source === '\\.ts$'), 'collector missed a literal in this file');
  });

  it('recheck flags a known-vulnerable pattern (the checker works)', () => {
    const r = checkSync('^(a+)+$', '');
    assert.equal(r.status, 'vulnerable');
  });

  it('every regex is safe', () => {
    const bad: string[] = [];
    for (const r of regexes) {
      const res = checkSync(r.source, r.flags.replace(/[gy]/g, ''), { timeout: 10_000 });
      if (res.status === 'vulnerable') {
        bad.push(`${r.file.slice(ROOT.length + 1)}:${r.line} /${r.source}/${r.flags} — ${res.complexity.type}, attack ${JSON.stringify(res.attack.string.slice(0, 60))}`);
      } else if (res.status === 'unknown') {
        bad.push(`${r.file.slice(ROOT.length + 1)}:${r.line} /${r.source}/${r.flags} — undecided (${res.error.kind})`);
      }
    }
    assert.deepEqual(bad, [], `unsafe regexes:\n${bad.join('\n')}`);
  });
});
