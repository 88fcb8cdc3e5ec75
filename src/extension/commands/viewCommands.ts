import vscode = require('vscode');
import { CommandIds, ViewIds } from '../commandIds';
import type { DecorationController } from '../decorations/decorationController';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import type { ClaimGroupsView } from '../views/claimGroupsView';
import type { FileClaimsView } from '../views/fileClaimsView';

/** Toggle Decorations, Show Panel and Refresh. */
export function registerViewCommands(
  decorations: DecorationController,
  index: WorkspaceIndex,
  fileView: FileClaimsView,
  groupsView: ClaimGroupsView,
): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(CommandIds.toggleDecorations, () => {
      const on = decorations.toggle();
      vscode.window.setStatusBarMessage(`Provenance Lens decorations ${on ? 'on' : 'off'}`, 2000);
      return on;
    }),
    vscode.commands.registerCommand(CommandIds.showPanel, () => vscode.commands.executeCommand(`workbench.view.extension.${ViewIds.container}`)),
    vscode.commands.registerCommand(CommandIds.refreshViews, async () => {
      fileView.refresh();
      groupsView.setPartial(undefined);
      await index.scanAll();
    }),
  ];
}
