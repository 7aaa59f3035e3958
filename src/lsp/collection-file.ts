import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRunbookPath } from '../io/files.ts';

/** A document of the collection: where it is, and whether it is a guide or a runbook. */
export interface CollectionFile {
  absolute: string;
  /** Relative to the root, as `hardmap check` names it in messages and `analyzeFiles` is given it. */
  path: string;
  kind: 'guide' | 'runbook';
}

const MARKDOWN = /\.(md|markdown)$/i;

/**
 * The collection file a document URI names: a Markdown file under one of the content folders of
 * hardmap.config (relative to `root`), as `hardmap check` run in `root` would check it. Other
 * documents (a README, an unsaved `untitled:` buffer, a file elsewhere) are no part of it.
 */
export function collectionFileOf(uri: string, root: string, content: readonly string[]): CollectionFile | null {
  if (!uri.startsWith('file:')) return null;
  const absolute = fileURLToPath(uri);
  const inContent = content.some((folder) => {
    const resolved = resolve(root, folder);
    return absolute === resolved || absolute.startsWith(resolved + sep);
  });
  if (!inContent || !MARKDOWN.test(absolute)) return null;
  const path = relative(root, absolute);
  return { absolute, path: path === '' || isAbsolute(path) ? absolute : path, kind: isRunbookPath(path) ? 'runbook' : 'guide' };
}
