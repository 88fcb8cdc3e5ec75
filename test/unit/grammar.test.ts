/**
 * The TextMate grammar, tokenised by the same engine VS Code uses (vscode-textmate + Oniguruma):
 * metadata lines, quotes of every mark style, numbers and boilerplate get their scopes on the seeds,
 * and a hostile line does not hang the tokenizer.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = join(__dirname, '..', '..');

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: (scopeName: string) => {
      if (scopeName !== 'text.article-dump') return Promise.resolve(null);
      const raw = readFileSync(join(ROOT, 'syntaxes', 'article-dump.tmLanguage.json'), 'utf8');
      return Promise.resolve(textmate.parseRawGrammar(raw, 'article-dump.tmLanguage.json'));
    },
  });
  const g = await registry.loadGrammar('text.article-dump');
  if (!g) throw new Error('grammar did not load');
  return g;
}

/** Scopes of the token covering `needle` on the first line that contains it. */
function scopesAt(grammar: textmate.IGrammar, text: string, needle: string): string[] {
  let rule = textmate.INITIAL;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const r = grammar.tokenizeLine(line, rule);
    const at = line.indexOf(needle);
    if (at >= 0) {
      const tok = r.tokens.find((t) => t.startIndex <= at && at < t.endIndex);
      return tok ? tok.scopes : [];
    }
    rule = r.ruleStack;
  }
  throw new Error(`not found: ${needle}`);
}

describe('TextMate grammar (syntaxes/article-dump.tmLanguage.json)', function () {
  this.timeout(20_000);
  let grammar: textmate.IGrammar;
  const seed = (f: string): string => readFileSync(join(ROOT, 'test', 'fixtures', 'seeds', f), 'utf8');
  before(async () => {
    grammar = await loadGrammar();
  });

  it('scopes the metadata footer of seed 000', () => {
    const text = seed('000_34ade1b63f6a146b.txt');
    assert.ok(scopesAt(grammar, text, 'Source link').some((s) => s.startsWith('keyword.other.metadata')));
    assert.ok(scopesAt(grammar, text, 'https://www.lexpress.fr').some((s) => s.includes('link')));
    assert.ok(scopesAt(grammar, text, '2024-11-13 13:48:11').some((s) => s.includes('date')));
  });

  it('scopes quotes in curly marks and guillemets, and numbers inside them', () => {
    const t000 = seed('000_34ade1b63f6a146b.txt');
    assert.ok(scopesAt(grammar, t000, 'Je peux confirmer').some((s) => s.startsWith('string.quoted.double.curly')));
    assert.ok(scopesAt(grammar, t000, '10 000').some((s) => s.startsWith('constant.numeric')));
    const t004 = seed('004_b88d5b1187baf40b.txt');
    assert.ok(scopesAt(grammar, t004, 'escalade significative').some((s) => s.startsWith('string.quoted.guillemet')));
  });

  it('scopes boilerplate and separators as comments (dimmed by themes)', () => {
    const t004 = seed('004_b88d5b1187baf40b.txt');
    assert.ok(scopesAt(grammar, t004, 'LAISSER UN COMMENTAIRE').some((s) => s.startsWith('comment.line.boilerplate')));
    assert.ok(scopesAt(grammar, t004, 'spot_img').some((s) => s.startsWith('comment.line')));
    const t000 = seed('000_34ade1b63f6a146b.txt');
    assert.ok(scopesAt(grammar, t000, '%%%').some((s) => s.startsWith('comment.line.separator')));
  });

  it('leaves plain prose unscoped', () => {
    const scopes = scopesAt(grammar, seed('000_34ade1b63f6a146b.txt'), 'Corroborant les accusations');
    assert.deepEqual(scopes, ['text.article-dump']);
  });

  it('tokenises a 200 KB hostile line (unclosed quote, digits, separators) without hanging', () => {
    const line = '« ' + '1 000,5 . . '.repeat(200_000 / 12);
    const r = grammar.tokenizeLine(line, textmate.INITIAL, 5_000);
    assert.ok(r.tokens.length > 0);
    assert.equal(r.stoppedEarly, false);
  });
});
