import type { FoundFiles } from '../io/files.ts';
import type { CliContext } from './context.ts';
import { explainCode } from './io-error.ts';
import { visible } from './terminal.ts';

/**
 * File discovery never follows a symlink (a guide from a pull request could point at any file on
 * the machine), but a guide that silently disappears from a check or an export is a surprise, so
 * each skipped link is named once on stderr.
 */
export function reportSkippedLinks(links: readonly string[], context: Pick<CliContext, 'stderr'>): void {
  for (const link of links) context.stderr.write(`hardmap: skipped symlink ${visible(link)} (symlinks are not followed)\n`);
}

/**
 * What discovery could not read (a name that is not UTF-8, a path over the platform's limit, a
 * FIFO or a device) is named, escaped, once each; the caller exits 2 when the count is not 0.
 */
export function reportDiscovery(found: Pick<FoundFiles, 'skippedLinks' | 'unreadable'>, context: Pick<CliContext, 'stderr'>): number {
  reportSkippedLinks(found.skippedLinks, context);
  for (const file of found.unreadable) {
    context.stderr.write(`hardmap: not read: ${visible(file.path)}: ${explainCode(file.code)}${file.kind ? `, ${file.kind}` : ''}\n`);
  }
  return found.unreadable.length;
}
