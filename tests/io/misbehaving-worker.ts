/**
 * A stand-in for src/io/worker.ts that misbehaves on purpose: it never answers for a path
 * containing "hang", sleeps 1.5 s for "sleep", fills its heap for "oom", and answers like the real worker otherwise (the
 * summary's slug names the thread that answered).
 */
import { parentPort, threadId } from 'node:worker_threads';

const hoard: unknown[] = [];
parentPort?.on('message', (message: { path: string }) => {
  if (message.path.includes('hang')) {
    for (;;) {
      // Busy forever, as micromark is on input it is quadratic in: only terminate() stops it.
    }
  }
  if (message.path.includes('sleep')) {
    // Off the CPU, as a thread waiting for a core on a loaded machine is: 1.5 s without a cycle.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500);
  }
  if (message.path.includes('oom')) {
    for (;;) hoard.push(new Array(1_000_000).fill(hoard.length));
  }
  parentPort?.postMessage({ ok: true, diagnostics: [], summary: { path: message.path, slug: `thread-${threadId}`, headings: [], links: [], directives: [], controls: [] } });
});
parentPort?.postMessage({ ready: true });
