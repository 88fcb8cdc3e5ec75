import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, getApi, offsetOf, openDump } from './helpers';

const VEDANT = 'Je peux confirmer que plus de 10 000 soldats';

suite('Provenance Lens: decorations', () => {
  suiteTeardown(closeAll);

  test('the Vedant Patel quote in 000 is an attributed quote with the speaker after it', async () => {
    const api = await getApi();
    const { uri, doc } = await openDump('000_', api);
    const at = doc.positionAt(offsetOf(doc, VEDANT));
    const quotes = api.decorationDetails(uri).attributedQuote;
    const hit = quotes.find((d) => d.range.contains(at));
    assert.ok(hit, `no attributed-quote decoration covers "${VEDANT}" (${quotes.length} attributed quotes drawn)`);
    assert.equal(hit.after, ' — Vedant Patel');
    assert.ok(doc.getText(hit.range).startsWith('“Je peux confirmer'), `range text: ${doc.getText(hit.range).slice(0, 40)}`);
  });

  test('numbers and boilerplate lines of 000 are decorated', async () => {
    const api = await getApi();
    const { uri, doc } = await openDump('000_', api);
    const ranges = api.decorationRanges(uri);
    const tenThousand = doc.positionAt(offsetOf(doc, '10 000 soldats'));
    assert.ok(ranges.number.some((r) => r.contains(tenThousand)), 'no number decoration on "10 000 soldats"');
    const lineOf = (needle: string): number => doc.positionAt(offsetOf(doc, needle)).line;
    for (const needle of ['Source link :', 'Publish date :', 'Copyright for syndicated content']) {
      const line = lineOf(needle);
      assert.ok(ranges.boilerplate.some((r) => r.start.line === line), `boilerplate line "${needle}" is not dimmed`);
    }
    const bodyLine = lineOf(VEDANT);
    assert.ok(!ranges.boilerplate.some((r) => r.start.line === bodyLine), 'the article body must not be dimmed');
  });

  test('Toggle Decorations clears every kind and restores them', async () => {
    const api = await getApi();
    const { uri } = await openDump('000_', api);
    await vscode.commands.executeCommand('provenanceLens.toggleDecorations');
    await api.whenIdle();
    const off = api.decorationRanges(uri);
    assert.equal(Object.values(off).reduce((n, r) => n + r.length, 0), 0);
    await vscode.commands.executeCommand('provenanceLens.toggleDecorations');
    await api.whenIdle();
    assert.ok(api.decorationRanges(uri).attributedQuote.length > 0);
  });

  test('decorations follow edits (debounced) and the file is left unsaved-clean after revert', async () => {
    const api = await getApi();
    const { uri, doc, editor } = await openDump('000_', api);
    const before = api.decorationRanges(uri).attributedQuote.find((r) => r.contains(doc.positionAt(offsetOf(doc, VEDANT))));
    assert.ok(before);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Ligne ajoutée.\n'));
    await api.whenIdle();
    const after = api.decorationRanges(uri).attributedQuote.find((r) => r.contains(doc.positionAt(offsetOf(doc, VEDANT))));
    assert.ok(after, 'the quote is still decorated after the edit');
    assert.equal(after.start.line, before.start.line + 1, 'the decoration moved down with the inserted line');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await api.whenIdle();
    assert.equal(doc.isDirty, false);
  });
});
