/**
 * Shared helpers for the integration suites (they run inside a real VS Code extension host,
 * on a fresh copy of samples/workspace: the five seed dumps 000_… to 004_… and a README.txt).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ProvenanceLensApi } from '../../../src/extension/testApi';

export const EXTENSION_ID = 'provenance-lens.provenance-lens';
export const DUMP_LANGUAGE = 'article-dump';

/** Activates the extension and returns its test API. */
export async function getApi(): Promise<ProvenanceLensApi> {
  const ext = vscode.extensions.getExtension<ProvenanceLensApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this host`);
  const api = await ext.activate();
  assert.ok(api && typeof api.whenIdle === 'function', 'activate() did not return the test API');
  return api;
}

/** The workspace file whose name starts with `prefix` (e.g. "000_" or "README"). */
export async function workspaceFile(prefix: string): Promise<vscode.Uri> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  const entries = await vscode.workspace.fs.readDirectory(folder.uri);
  const name = entries.map(([n]) => n).find((n) => n.startsWith(prefix));
  assert.ok(name, `no file starting with ${prefix} in ${folder.uri.toString()}`);
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Polls until `probe` returns a truthy value (VS Code has no event for most of what we wait on). */
export async function waitFor<T>(probe: () => T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The open document for `uri` as VS Code currently holds it (a language switch replaces nothing, but be safe). */
export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}

/** Opens a workspace file in an editor and waits until the extension has switched it to a dump and drawn it. */
export async function openDump(prefix: string, api: ProvenanceLensApi): Promise<{ uri: vscode.Uri; doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const uri = await workspaceFile(prefix);
  const first = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(first, { preview: false });
  const doc = await waitFor(() => {
    const d = openDocument(uri);
    return d && d.languageId === DUMP_LANGUAGE ? d : undefined;
  }, `${prefix} to become ${DUMP_LANGUAGE}`);
  await api.whenIdle();
  const editor = await waitFor(() => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString()), `an editor for ${prefix}`);
  await waitFor(() => Object.values(api.decorationRanges(uri)).some((r) => r.length > 0) || undefined, `decorations on ${prefix}`);
  return { uri, doc, editor };
}

/** Offset of the first occurrence of `needle` (fails the test when absent). */
export function offsetOf(doc: vscode.TextDocument, needle: string, from = 0): number {
  const at = doc.getText().indexOf(needle, from);
  assert.ok(at >= 0, `"${needle}" not found in ${doc.uri.toString()}`);
  return at;
}

/** The hover contents at an offset, as plain Markdown strings. */
export async function hoverAt(doc: vscode.TextDocument, offset: number): Promise<{ text: string; markdown: vscode.MarkdownString[] }> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset));
  const markdown: vscode.MarkdownString[] = [];
  for (const h of hovers ?? []) for (const c of h.contents) if (c instanceof vscode.MarkdownString) markdown.push(c);
  const text = (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
  return { text, markdown };
}

/** Closes every editor without saving (the seed copies must stay untouched). */
export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** A short article dump of our own (recognised by the content check); `id` makes its content unique. */
export function sampleDump(id: string, quote = 'Nous ne céderons pas sur les salaires'): string {
  return [
    `Grève des enseignants à Liège ${id}`,
    '',
    `Source link : https://example.org/articles/${id}`,
    'Publish date : 2024-11-13 13:48:11',
    '',
    `« ${quote} », a déclaré Marie Lambert, la porte-parole du syndicat.`,
    '',
    `Plus de 2 000 enseignants ont défilé mardi dans le centre-ville, selon la police. Référence ${id}.`,
    '',
    'LAISSER UN COMMENTAIRE',
    '',
  ].join('\n');
}

/** A fresh folder inside the test workspace (never touching the seed dumps); delete it with `removeFolder`. */
export async function makeTempFolder(label: string): Promise<vscode.Uri> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  const uri = vscode.Uri.joinPath(folder.uri, `pl-tmp-${label}-${Date.now()}`);
  await vscode.workspace.fs.createDirectory(uri);
  return uri;
}

/** Writes a file (text or bytes) under `folder`. */
export async function writeFile(folder: vscode.Uri, name: string, content: string | Uint8Array): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(folder, name);
  await vscode.workspace.fs.writeFile(uri, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  return uri;
}

/** Deletes a temp folder made by `makeTempFolder` and lets the index settle. */
export async function removeFolder(uri: vscode.Uri | undefined, api?: ProvenanceLensApi): Promise<void> {
  if (!uri) return;
  try {
    await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false });
  } catch {
    // already gone
  }
  if (api) {
    await api.index.remove(uri);
    await api.whenIdle();
  }
}

/** Sets a `provenanceLens.*` setting for the workspace (undefined restores the default). */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('provenanceLens').update(key, value, vscode.ConfigurationTarget.Workspace);
}
