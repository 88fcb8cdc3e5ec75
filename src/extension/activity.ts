/**
 * Counts work in flight (debounce timers, analyses, index scans) so that tests can wait until
 * the extension is idle: VS Code exposes no event for "decorations are drawn".
 */
export class Activity {
  private busy = 0;

  /** Marks one unit of work as started; call the returned function exactly once when it ends. */
  hold(): () => void {
    this.busy++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.busy--;
    };
  }

  /** Runs `work` while holding the activity. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = this.hold();
    try {
      return await work();
    } finally {
      release();
    }
  }

  /** Resolves once nothing has been in flight for a short quiet period. */
  async whenIdle(quietMs = 60, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.busy === 0) {
        await sleep(quietMs);
        if (this.busy === 0) return;
      } else await sleep(15);
    }
    throw new Error(`Provenance Lens still busy after ${timeoutMs} ms (${this.busy} task(s) in flight)`);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
