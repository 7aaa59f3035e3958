/**
 * A single self-overwriting progress line on a terminal, shown only once a run has taken more
 * than two seconds, so quick runs and piped output stay clean.
 */
export function progressReporter(stream: { write(text: string): unknown; isTTY?: boolean }, delayMs = 2000): { update: (done: number, total: number) => void; done: () => void } {
  const started = Date.now();
  let shown = false;
  return {
    update(done, total) {
      if (!stream.isTTY || Date.now() - started < delayMs) return;
      shown = true;
      stream.write(`\r\x1b[2Khardmap: checked ${done}/${total} guides`);
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
