import vscode = require('vscode');
import { Activity } from './activity';
import { CompareCommands } from './commands/compareCommands';
import { registerMarkCommands } from './commands/markCommands';
import { registerOpenLocation } from './commands/openLocation';
import { registerViewCommands } from './commands/viewCommands';
import { DecorationController } from './decorations/decorationController';
import { DumpLanguageController } from './detect/dumpLanguage';
import { DumpMarks } from './detect/dumpMarks';
import { DocumentAnalyses } from './documentAnalyses';
import { ClaimHoverProvider } from './hover/hoverProvider';
import { createIndexServices } from './index/indexServices';
import { LazyLog } from './log';
import { IndexWatcher } from './index/indexWatcher';
import { LazyIndexStart } from './index/lazyStart';
import { WorkspaceIndex } from './index/workspaceIndex';
import { ReportPanel } from './report/reportPanel';
import { Settings } from './settings';
import { makeTestApi, type ProvenanceLensApi } from './testApi';
import { ClaimGroupsView } from './views/claimGroupsView';
import { FileClaimsView } from './views/fileClaimsView';
import { ClaimStatusBar } from './views/statusBar';

/** Wires the services together; heavy work (the workspace scan) starts lazily, never here. */
export function activate(context: vscode.ExtensionContext): ProvenanceLensApi {
  const started = performance.now();
  const own = <T extends vscode.Disposable>(d: T): T => (context.subscriptions.push(d), d);
  const log = own(new LazyLog());
  const activity = new Activity();
  const settings = own(new Settings());
  const { analyzer, store } = createIndexServices(context, settings, log);
  own(analyzer);
  own(store);
  const marks = own(new DumpMarks(context.workspaceState, settings));
  const documents = own(new DocumentAnalyses(analyzer, activity, log));
  const index = own(new WorkspaceIndex(settings, marks, documents, analyzer, store, activity, log));
  own(new DumpLanguageController(marks, activity));
  const decorations = own(new DecorationController(documents, settings, activity));
  own(new ClaimHoverProvider(documents, index));
  const fileClaims = own(new FileClaimsView(documents));
  const claimGroups = own(new ClaimGroupsView(index));
  const statusBar = own(new ClaimStatusBar(documents));
  const panel = own(new ReportPanel(context.extensionUri, (p) => index.uriOf(p)));
  const watcher = own(new IndexWatcher(index, settings, activity));
  own(new CompareCommands(index, claimGroups, panel, () => watcher.drained()));
  own(new LazyIndexStart(index));
  own(registerOpenLocation());
  for (const d of [...registerMarkCommands(marks), ...registerViewCommands(decorations, index, fileClaims, claimGroups)]) own(d);
  return makeTestApi({ decorations, index, fileClaims, claimGroups, statusBar, activity, panel, usesWorkers: () => analyzer.usesWorkers, activationMs: performance.now() - started });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
