import { visible } from './terminal.ts';

/**
 * Ordinary I/O failures are the user's to fix (a path, a permission, a full disk), not hardmap
 * bugs: each gets one line naming the path and the cause, and exit code 2. This is the one place
 * that tells them from internal errors and words them.
 */
const CAUSES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EEXIST: 'a file is in the way',
  ENOTDIR: 'a file is in the way where a folder is expected',
  EISDIR: 'it is a folder, expected a file',
  ENOENT: 'no such file or folder',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EFBIG: 'file too large for the file system',
  ENAMETOOLONG: 'the path is longer than the platform allows',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  EIO: 'input/output error',
  EBUSY: 'resource busy',
  ETXTBSY: 'file busy',
  EXDEV: 'cannot rename across file systems',
  ENXIO: 'no such device',
  ENOTREG: 'not a regular file',
  EILSEQ: 'the file name is not valid UTF-8',
  ENOTEMPTY: 'folder not empty',
  EPIPE: 'the reading end was closed',
  ERR_FS_FILE_TOO_LARGE: 'file too large to read',
};

const VERBS: Record<string, string> = {
  open: 'open',
  read: 'read',
  write: 'write',
  fsync: 'write',
  mkdir: 'create the folder',
  rename: 'replace',
  unlink: 'remove',
  rmdir: 'remove',
  scandir: 'list',
  opendir: 'list',
  stat: 'read',
  lstat: 'read',
  fstat: 'read',
  chmod: 'set the mode of',
  copyfile: 'copy',
};

/** `EACCES` -> `permission denied (EACCES)`; an unknown code is returned as it is. */
export function explainCode(code: string): string {
  const cause = CAUSES[code];
  return cause ? `${cause} (${code})` : code;
}

/** The one-line message for an I/O failure, or null when `error` is not one (a bug: report it). */
export function ioErrorMessage(error: unknown): string | null {
  const failure = error as Partial<NodeJS.ErrnoException> & { kind?: string } | null;
  const code = failure?.code;
  if (typeof code !== 'string' || !(code in CAUSES)) return null;
  const path = typeof failure?.path === 'string' ? ` ${visible(failure.path)}` : '';
  const verb = VERBS[failure?.syscall ?? ''] ?? (path ? 'use' : 'complete the operation on');
  const detail = code === 'ENOTREG' && failure?.kind ? ` (${failure.kind})` : '';
  return `cannot ${code === 'ENOTREG' ? 'read' : verb}${path}: ${CAUSES[code]}${detail} (${code})`;
}
