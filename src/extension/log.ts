import vscode = require('vscode');

/** The "Provenance Lens" output channel, created on first use (keeps activation cheap). */
export class LazyLog implements vscode.Disposable {
  private channel: vscode.LogOutputChannel | undefined;

  private get out(): vscode.LogOutputChannel {
    this.channel ??= vscode.window.createOutputChannel('Provenance Lens', { log: true });
    return this.channel;
  }

  error(message: string): void {
    this.out.error(message);
  }

  warn(message: string): void {
    this.out.warn(message);
  }

  show(preserveFocus: boolean): void {
    this.out.show(preserveFocus);
  }

  dispose(): void {
    this.channel?.dispose();
  }
}
