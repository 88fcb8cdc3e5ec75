import vscode = require('vscode');
import { CommandIds, type LocationArgs } from '../commandIds';
import { toRange } from '../ranges';

/** Validates untrusted command arguments (they can arrive through a hover link). */
export function parseLocation(raw: unknown): LocationArgs | undefined {
  const arg = (Array.isArray(raw) ? raw[0] : raw) as Partial<LocationArgs> | undefined;
  if (!arg || typeof arg.uri !== 'string' || !Number.isSafeInteger(arg.start) || !Number.isSafeInteger(arg.end)) return undefined;
  return { uri: arg.uri, start: Math.max(0, arg.start!), end: Math.max(0, arg.end!) };
}

/** `provenanceLens.openLocation`: opens a file and selects a claim's span (hover links, tree items, report). */
export function registerOpenLocation(): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.openLocation, async (raw: unknown) => {
    const loc = parseLocation(raw);
    if (!loc) return;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(loc.uri, true));
    const range = toRange(doc, loc.start, loc.end);
    const editor = await vscode.window.showTextDocument(doc, { selection: range, preview: true });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
}
