import type * as vscode from 'vscode';
import type { Activity } from './activity';
import type { DecorationController } from './decorations/decorationController';
import { DECORATION_KINDS, type DecorationKind } from './decorations/decorationPlan';
import type { WorkspaceIndex } from './index/workspaceIndex';
import type { ReportPanel } from './report/reportPanel';
import type { ClaimGroupsView } from './views/claimGroupsView';
import type { FileClaimsView } from './views/fileClaimsView';
import type { ClaimStatusBar } from './views/statusBar';

/** What `activate()` returns: a small surface for integration tests (VS Code hides decorations). */
export interface ProvenanceLensApi {
  /** Ranges last drawn per decoration kind on a document (empty lists when none). */
  decorationRanges(uri: vscode.Uri): Record<DecorationKind, vscode.Range[]>;
  /** The same, with the `after` text (speaker names) of each range. */
  decorationDetails(uri: vscode.Uri): Record<DecorationKind, Array<{ range: vscode.Range; after: string | undefined }>>;
  /** Whether the last drawing of a document was a viewport window or the whole analysis, and its lines. */
  decorationState(uri: vscode.Uri): { version: number; full: boolean; fromLine: number; toLine: number } | undefined;
  /** Holds whole-file decorations back until the returned function is called (window decorations still draw). */
  holdFullDecorations(): () => void;
  index: WorkspaceIndex;
  fileClaims: FileClaimsView;
  claimGroups: ClaimGroupsView;
  statusBarText(): string;
  /** The comparison webview's HTML while it is open. */
  reportHtml(): string | undefined;
  /** True once analyses run on worker threads (false before first use, or after a fallback). */
  usesWorkers(): boolean;
  /** How long `activate()` took, in milliseconds. */
  activationMs: number;
  /** Resolves when no analysis, redraw, language switch, scan or debounce timer is in flight. */
  whenIdle(): Promise<void>;
}

export function makeTestApi(parts: {
  decorations: DecorationController;
  index: WorkspaceIndex;
  fileClaims: FileClaimsView;
  claimGroups: ClaimGroupsView;
  statusBar: ClaimStatusBar;
  activity: Activity;
  panel: ReportPanel;
  usesWorkers: () => boolean;
  activationMs: number;
}): ProvenanceLensApi {
  const details = (uri: vscode.Uri): ReturnType<ProvenanceLensApi['decorationDetails']> => {
    const applied = parts.decorations.appliedTo(uri);
    const out = {} as ReturnType<ProvenanceLensApi['decorationDetails']>;
    for (const kind of DECORATION_KINDS) {
      out[kind] = (applied?.[kind] ?? []).map((o) => ({ range: o.range, after: o.renderOptions?.after?.contentText }));
    }
    return out;
  };
  return {
    decorationRanges(uri) {
      const d = details(uri);
      const out = {} as Record<DecorationKind, vscode.Range[]>;
      for (const kind of DECORATION_KINDS) out[kind] = d[kind].map((x) => x.range);
      return out;
    },
    decorationDetails: details,
    decorationState(uri) {
      const s = parts.decorations.appliedState(uri);
      return s && { version: s.version, full: s.full, fromLine: s.fromLine, toLine: s.toLine };
    },
    holdFullDecorations: () => parts.decorations.holdFullDecorations(),
    index: parts.index,
    fileClaims: parts.fileClaims,
    claimGroups: parts.claimGroups,
    statusBarText: () => parts.statusBar.text,
    whenIdle: () => parts.activity.whenIdle(),
    reportHtml: () => parts.panel.webviewHtml,
    usesWorkers: parts.usesWorkers,
    activationMs: parts.activationMs,
  };
}
