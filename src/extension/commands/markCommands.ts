import vscode = require('vscode');
import { CommandIds } from '../commandIds';
import type { DumpMarks, Mark } from '../detect/dumpMarks';

/** "Mark/Unmark File as Article Dump": remembered in workspaceState, never written into the file. */
export function registerMarkCommands(marks: DumpMarks): vscode.Disposable[] {
  const run = (mark: Mark) => async (uri?: unknown) => {
    const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
    if (!target) {
      void vscode.window.showInformationMessage('Provenance Lens: open a file first, then mark or unmark it as an article dump.');
      return;
    }
    await marks.set(target, mark);
  };
  return [
    vscode.commands.registerCommand(CommandIds.markAsDump, run('dump')),
    vscode.commands.registerCommand(CommandIds.unmarkAsDump, run('plain')),
  ];
}
