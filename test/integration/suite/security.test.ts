import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, DUMP_LANGUAGE, getApi, hoverAt } from './helpers';

const HOSTILE = [
  'Titre de test',
  '',
  '« Nous avons vu [x](command:workbench.action.quit) et <script>alert(1)</script> puis <img src=x onerror=alert(1)> et javascript:alert(1) partout », a déclaré Jean Dupont, le porte-parole de la mairie.',
  '',
  'Plus de 300 manifestants étaient présents, selon la police.',
  '',
  'Source link : https://example.org/article',
  'Publish date : 2024-11-13 13:48:11',
  'Tags : [y](command:workbench.action.quit) <script>x</script>',
].join('\n');

suite('Provenance Lens: untrusted dump text in hovers', () => {
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closeAll();
  });

  test('command links, script and img tags from the dump render as text', async () => {
    const api = await getApi();
    const untitled = await vscode.workspace.openTextDocument({ content: HOSTILE, language: 'plaintext' });
    const doc = await vscode.languages.setTextDocumentLanguage(untitled, DUMP_LANGUAGE);
    await vscode.window.showTextDocument(doc);
    await api.whenIdle();
    const { text, markdown } = await hoverAt(doc, HOSTILE.indexOf('Nous avons vu') + 2);
    assert.ok(text.length > 0, 'no hover on the hostile quote');
    assert.ok(!/\]\(command:workbench/.test(text), `a live workbench command link leaked: ${text}`);
    assert.ok(!/<script>|<img /i.test(text), `raw HTML leaked: ${text}`);
    assert.ok(!/(^|[^\\])javascript:/.test(text), `an unescaped javascript: scheme leaked: ${text}`);
    assert.match(text, /workbench\\?\.action\\?\.quit/, 'the hostile text is shown, escaped');
    const commands = [...text.matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]);
    assert.ok(commands.every((c) => c === 'provenanceLens.openLocation'), `unexpected command links: ${commands.join(', ')}`);
    for (const md of markdown) assert.notEqual(md.isTrusted, true);
  });
});
