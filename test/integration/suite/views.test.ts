import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, getApi, offsetOf, openDump, waitFor } from './helpers';

suite('Provenance Lens: side panel views', () => {
  suiteTeardown(closeAll);

  test('"Claims in this File" lists quotes, numbers and boilerplate of the active dump', async () => {
    const api = await getApi();
    const { doc } = await openDump('000_', api);
    const view = api.fileClaims;
    view.refresh();
    await api.whenIdle();
    const roots = await waitFor(() => {
      const r = view.getChildren();
      return r.length === 3 ? r : undefined;
    }, 'the three categories');
    const labels = roots.map((n) => {
      const label = view.getTreeItem(n).label;
      return typeof label === 'string' ? label : label?.label;
    });
    assert.deepEqual(labels, ['Quotes', 'Numbers', 'Boilerplate']);
    const quotes = view.getChildren(roots[0]);
    const vedant = quotes.find((n) => n.type === 'claim' && n.label.startsWith('Je peux confirmer que plus'));
    assert.ok(vedant, 'the Vedant Patel quote is listed');
    const item = view.getTreeItem(vedant);
    assert.equal(item.description, '— Vedant Patel');
    assert.equal(item.command?.command, 'provenanceLens.openLocation');
    assert.ok(view.getChildren(roots[1]).length > 0, 'numbers listed');
    assert.ok(view.getChildren(roots[2]).length > 0, 'boilerplate listed');
    // A click reveals and selects the quote.
    await vscode.commands.executeCommand(item.command.command, ...((item.command.arguments ?? []) as unknown[]));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.equal(editor.document.offsetAt(editor.selection.start), offsetOf(doc, '“Je peux confirmer que plus'));
  });

  test('"Claim Groups" shows cross-file groups with agree/conflict icons and member links', async () => {
    const api = await getApi();
    await api.index.ensureStarted();
    await api.whenIdle();
    const view = api.claimGroups;
    const groups = await view.getChildren();
    assert.ok(groups.length > 0, 'no claim groups');
    const soldiers = groups.find((n) => n.type === 'group' && n.group.kind === 'number' && n.group.members.some((m) => m.value === 11000));
    assert.ok(soldiers, 'the soldiers group is listed');
    const item = view.getTreeItem(soldiers);
    assert.ok(item.iconPath instanceof vscode.ThemeIcon);
    assert.ok(item.iconPath.color instanceof vscode.ThemeColor);
    assert.match(String(item.description), /files/);
    const members = await view.getChildren(soldiers);
    assert.ok(members.length >= 3);
    const memberItem = view.getTreeItem(members[0]);
    assert.equal(memberItem.command?.command, 'provenanceLens.openLocation');
  });

  test('the status bar shows the claim counts of the active dump', async () => {
    const api = await getApi();
    await openDump('000_', api);
    await api.whenIdle();
    assert.match(api.statusBarText(), /\$\(quote\) \d+ {2}\$\(symbol-number\) \d+/);
  });
});
