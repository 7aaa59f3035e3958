import { isSafeExportPath, siteExportFiles } from 'hardmap/astro';
import { siteData } from './data.ts';

export interface Download { path: string; data: string | Uint8Array; guide: string | null }

let pending: Promise<Download[]> | undefined;

/**
 * Every download, made once per build by the CLI's export function with the CLI's arguments:
 * the collection at the top, each guide under its slug. Guides go in file-path order, the order
 * `hardmap export` reads them in, so the files are byte-identical to the command's.
 */
export function downloads(): Promise<Download[]> {
  pending ??= (async () => {
    const { guides, site } = await siteData();
    const ordered = guides.map((info) => info.guide).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const all: Download[] = (await siteExportFiles(ordered, site)).map((file) => ({ ...file, guide: null }));
    for (const info of guides) {
      for (const file of await siteExportFiles(ordered, site, info.slug)) all.push({ ...file, path: `${info.slug}/${file.path}`, guide: info.slug });
    }
    const unsafe = all.find((file) => !isSafeExportPath(file.path));
    if (unsafe) throw new Error(`refusing to write a download outside downloads/: ${unsafe.path}`);
    return all;
  })();
  return pending;
}

export const size = (data: string | Uint8Array): string => {
  const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
};
