/**
 * Debounced runs that never overlap: `schedule` (re)starts the quiet-time timer; a run that is due
 * while another one is going starts right after it, once, however many changes came meanwhile.
 */
export interface SerialRuns {
  schedule(): void;
  /** Stop the timer and wait for the run in progress, if any. */
  stop(): Promise<void>;
}

export function serialRuns(run: () => Promise<void>, debounceMs: number, onError: (error: unknown) => void): SerialRuns {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  const start = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = run()
      .catch(onError)
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          start();
        }
      });
  };
  return {
    schedule() {
      clearTimeout(timer);
      timer = setTimeout(start, debounceMs);
    },
    async stop() {
      clearTimeout(timer);
      again = false;
      await running;
    },
  };
}
