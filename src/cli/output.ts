import type { OutputStream } from './context.ts';

/**
 * stdout and stderr as commands see them. Node reports a failed write as an 'error' event on
 * the stream, after the write returned; unhandled, that is a stack trace and exit 1, the code
 * for findings. Here a closed pipe (`hardmap rules | head -c1`, EPIPE) ends output quietly and
 * keeps the command's own exit code, as a Unix tool does; any other failure (a full disk, ENOSPC)
 * is remembered, further writes are dropped, and the CLI reports it and exits 2.
 */
export function guardedOutput(stream: NodeJS.WritableStream & { isTTY?: boolean }, onLateFailure: (error: NodeJS.ErrnoException) => void): OutputStream {
  let closed = false;
  let failure: NodeJS.ErrnoException | null = null;
  let reported = false;
  const fail = (error: NodeJS.ErrnoException): void => {
    if (error.code === 'EPIPE') closed = true;
    else failure ??= error;
  };
  stream.on('error', (error: NodeJS.ErrnoException) => {
    fail(error);
    // A failure the command could not see any more (its last write failed after it returned).
    if (failure && finished && !reported) {
      reported = true;
      onLateFailure(failure);
    }
  });
  let finished = false;
  return {
    ...(stream.isTTY === undefined ? {} : { isTTY: stream.isTTY }),
    write(text: string) {
      if (closed || failure) return false;
      try {
        return stream.write(text);
      } catch (error) {
        fail(error as NodeJS.ErrnoException);
        return false;
      }
    },
    failure() {
      finished = true;
      reported = failure !== null;
      return failure;
    },
  };
}
