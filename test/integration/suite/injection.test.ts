import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ComparisonResult } from '../../../src/extension/commands/compareCommands';
import { closeAll, getApi, hoverAt, makeTempFolder, openDocument, removeFolder, waitFor, writeFile } from './helpers';

const QUOTE = '=HYPERLINK("http://x") nous ne céderons pas [x](command:workbench.action.quit) <script>alert(1)</script> <img src=x onerror=alert(1)> javascript:alert(1)';

/** A dump whose quotes, speaker names and numbers' units carry hostile text. */
function hostileDump(id: string): string {
  return [
    `Manifestation à Namur ${id} <script>alert(1)</script>`,
    '',
    'Source link : javascript:alert(1)',
    'Publish date : 2024-11-13 13:48:11',
    '',
    `« ${QUOTE} », a déclaré Jean [x](command:workbench.action.quit), porte-parole.`,
    '',
    '« Nous resterons mobilisés », a affirmé Jean <img src=x onerror=alert(1)> Dupont.',
    '',
    'Plus de 300 manifestants<script>alert(1)</script> étaient présents selon la police, et 40 =HYPERLINK("http://x") ont été interpellés.',
    '',
    'LAISSER UN COMMENTAIRE',
    '',
  ].join('\n');
}

function plain(value: unknown): boolean {
  return value === undefined || typeof value === 'string' || (typeof value === 'object' && value !== null && 'label' in value);
}

suite('Provenance Lens: hostile dump text (issue 6)', () => {
  let folder: vscode.Uri | undefined;
  suiteSetup(async () => {
    const api = await getApi();
    folder = await makeTempFolder('inject');
    await writeFile(folder, 'hostile-a.txt', hostileDump('a'));
    await writeFile(folder, 'hostile-b.txt', hostileDump('b'));
    await api.index.scanAll();
  });
  suiteTeardown(async () => {
    await closeAll();
    await removeFolder(folder, await getApi());
  });

  test('hovers escape the text; the only command link is our own openLocation', async () => {
    const api = await getApi();
    const uri = vscode.Uri.joinPath(folder!, 'hostile-a.txt');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const doc = await waitFor(() => (openDocument(uri)?.languageId === 'article-dump' ? openDocument(uri) : undefined), 'the hostile dump to be recognised');
    await api.whenIdle();
    for (const needle of ['nous ne céderons', 'Plus de 300']) {
      const { text, markdown } = await hoverAt(doc, doc.getText().indexOf(needle) + 2);
      assert.ok(text.length > 0, `no hover on "${needle}"`);
      const commands = [...text.matchAll(/\]\(\s*command:([\w.]+)/g)].map((m) => m[1]);
      assert.ok(commands.every((c) => c === 'provenanceLens.openLocation'), `foreign command link: ${commands.join(', ')}`);
      assert.ok(!/<script|<img /i.test(text), `raw HTML in hover: ${text}`);
      assert.ok(!/(^|[^\\])javascript:/.test(text), `live javascript: in hover: ${text}`);
      for (const md of markdown) {
        assert.notEqual(md.isTrusted, true);
        if (typeof md.isTrusted === 'object') assert.deepEqual(md.isTrusted.enabledCommands, ['provenanceLens.openLocation']);
        assert.notEqual(md.supportHtml, true);
      }
    }
  });

  test('tree items carry plain-text labels and tooltips (never Markdown)', async () => {
    const api = await getApi();
    await api.whenIdle();
    const groups = (await api.claimGroups.getChildren()).filter((n) => n.type === 'group' && n.group.members.some((m) => m.path.includes('hostile-')));
    assert.ok(groups.length > 0, 'the two hostile files form groups');
    const nodes = [...groups, ...(await Promise.all(groups.map((g) => api.claimGroups.getChildren(g)))).flat()];
    api.fileClaims.refresh();
    await api.whenIdle();
    for (const c of api.fileClaims.getChildren()) nodes.push(...(api.fileClaims.getChildren(c) as never[]));
    for (const node of nodes) {
      const item = (node as { type: string }).type === 'claim' || (node as { type: string }).type === 'category'
        ? api.fileClaims.getTreeItem(node as never)
        : api.claimGroups.getTreeItem(node);
      assert.ok(plain(item.label), 'label is plain text');
      assert.ok(!(item.tooltip instanceof vscode.MarkdownString), 'tooltip is plain text');
      assert.ok(!(item.description !== undefined && typeof item.description !== 'string' && typeof item.description !== 'boolean'));
      if (item.command) assert.equal(item.command.command, 'provenanceLens.openLocation');
    }
  });

  test('the report webview has a nonce CSP, no inline script and no dump text in its HTML', async () => {
    const api = await getApi();
    const result = await vscode.commands.executeCommand<ComparisonResult>('provenanceLens.compareWorkspace');
    assert.ok(result.report.groups.some((g) => g.members.some((m) => m.text.includes('<script>'))), 'the hostile quote is in the report');
    const html = await waitFor(() => api.reportHtml(), 'the report panel');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    assert.match(csp, /default-src 'none'/);
    const nonce = /script-src 'nonce-([0-9a-f]{32,})'/.exec(csp)?.[1];
    assert.ok(nonce, `script-src must be a nonce only: ${csp}`);
    assert.ok(!/unsafe-inline|unsafe-eval/.test(csp));
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.ok(scripts.length > 0);
    for (const [, attrs, body] of scripts) {
      assert.ok(attrs.includes(`nonce="${nonce}"`), `script without the nonce: ${attrs}`);
      assert.equal(body.trim(), '', 'no inline script body');
    }
    assert.ok(!html.includes('alert(1)') && !html.includes('HYPERLINK'), 'dump text reaches the webview by message only');
    const ext = vscode.extensions.getExtension('provenance-lens.provenance-lens')!;
    const js = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, 'media', 'report.js')));
    assert.ok(!/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML\(|document\.write\(/.test(js), 'report.js renders with textContent only');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('CSV export neutralises formula cells; Markdown export escapes links and HTML', async () => {
    await getApi();
    await vscode.commands.executeCommand('provenanceLens.compareWorkspace');
    const dir = vscode.Uri.file(path.join(os.tmpdir(), `pl-inject-${process.pid}-${Date.now()}`));
    try {
      const csvUri = await vscode.commands.executeCommand<vscode.Uri>('provenanceLens.exportComparison', vscode.Uri.joinPath(dir, 'c.csv'));
      const csv = new TextDecoder().decode(await vscode.workspace.fs.readFile(csvUri));
      assert.ok(csv.includes('HYPERLINK'), 'the hostile quote is exported');
      const cells = csv.split(/\r?\n/).flatMap((line) => line.split(',')).map((c) => c.replace(/^"/, ''));
      const live = cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d/.test(c));
      assert.deepEqual(live, [], 'no cell starts a formula');
      const mdUri = await vscode.commands.executeCommand<vscode.Uri>('provenanceLens.exportComparison', vscode.Uri.joinPath(dir, 'c.md'));
      const md = new TextDecoder().decode(await vscode.workspace.fs.readFile(mdUri));
      assert.ok(!/\]\(command:/.test(md), 'no live command link in Markdown');
      assert.ok(!/<script|<img /i.test(md), 'no raw HTML in Markdown');
    } finally {
      await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false });
    }
  });
});
