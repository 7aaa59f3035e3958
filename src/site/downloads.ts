import { toolInfo } from '../cli/tool.ts';
import { sourceDateEpoch } from '../cli/env.ts';
import { EXPORT_FORMATS, exportDate, exportFiles, type ExportFile } from '../core/export/bundle.ts';
import type { Guide } from '../core/model/guide.ts';
import { loadReferenceData } from '../io/catalogs.ts';
import { contentCommit } from '../io/git.ts';

const commits = new Map<string, string | null>();

/**
 * The export files of `hardmap export` (no options) or `hardmap export --guide <slug>`, with the
 * very arguments the CLI passes, so a download is byte-identical to the command's output.
 * `cwd` plays the CLI's working directory: the content commit is read from there.
 */
export function siteExportFiles(guides: readonly Guide[], cwd: string, guide?: string): Promise<ExportFile[]> {
  if (!commits.has(cwd)) commits.set(cwd, contentCommit(cwd));
  // Rows and OSCAL documents depend only on the guides selected, so a per-guide export is made
  // from that guide alone (27 times faster over the corpus); the date still comes from all guides.
  const selected = guide === undefined ? guides : guides.filter((entry) => entry.slug === guide);
  return exportFiles(selected, loadReferenceData(), {
    formats: [...EXPORT_FORMATS],
    filter: { frameworks: [], levels: [], guides: guide === undefined ? [] : [guide] },
    contentCommit: commits.get(cwd) ?? null,
    date: exportDate(guides, sourceDateEpoch(process.env)),
    generator: toolInfo(),
    title: 'hardmap mapping export',
  });
}

/** Export paths are names hardmap chooses, but a download must never land outside its folder. */
export function isSafeExportPath(path: string): boolean {
  return /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/i.test(path) && !path.split('/').includes('..');
}
