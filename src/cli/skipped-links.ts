import type { CliContext } from './context.ts';
import { visible } from './terminal.ts';

/**
 * File discovery never follows a symlink (a guide from a pull request could point at any file on
 * the machine), but a guide that silently disappears from a check or an export is a surprise, so
 * each skipped link is named once on stderr.
 */
export function reportSkippedLinks(links: readonly string[], context: Pick<CliContext, 'stderr'>): void {
  for (const link of links) context.stderr.write(`hardmap: skipped symlink ${visible(link)} (symlinks are not followed)\n`);
}
