import { EXPORT_FORMATS, exportDate, exportFiles, type ExportFile } from '../core/export/bundle.ts';
import type { Guide } from '../core/model/guide.ts';
import { loadReferenceData } from '../io/catalogs.ts';
import { toolInfo } from '../io/tool-info.ts';
import type { SitePages } from './integration.ts';

/**
 * The export files of `hardmap export` (no options) or `hardmap export --guide <slug>`, with the
 * very arguments the CLI passes (the content commit of the folder hardmap build ran in, the
 * validated SOURCE_DATE_EPOCH), so a download is byte-identical to the command's output.
 */
export function siteExportFiles(guides: readonly Guide[], site: Pick<SitePages, 'contentCommit' | 'epoch'> & Partial<Pick<SitePages, 'packs'>>, guide?: string): Promise<ExportFile[]> {
  // Rows and OSCAL documents depend only on the guides selected, so a per-guide export is made
  // from that guide alone (27 times faster over the corpus); the date still comes from all guides.
  const selected = guide === undefined ? guides : guides.filter((entry) => entry.slug === guide);
  return exportFiles(selected, loadReferenceData(), {
    formats: [...EXPORT_FORMATS],
    filter: { frameworks: [], levels: [], guides: guide === undefined ? [] : [guide] },
    contentCommit: site.contentCommit,
    packs: site.packs ?? null,
    date: exportDate(guides, site.epoch ?? undefined),
    generator: toolInfo(),
    title: 'hardmap mapping export',
  });
}

/** Export paths are names hardmap chooses, but a download must never land outside its folder. */
export function isSafeExportPath(path: string): boolean {
  return /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/i.test(path) && !path.split('/').includes('..');
}
