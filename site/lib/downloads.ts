import { readDownloads, type Download } from 'hardmap/astro';
import { siteData } from './data.ts';

export type { Download };

/**
 * Every download of this build: the collection at the top, each guide under its slug. The
 * integration writes the files themselves (made by the CLI's export function with the CLI's
 * arguments, so byte-identical to `hardmap export`) before the pages render, and lists them here.
 */
export async function downloads(): Promise<Download[]> {
  const { site } = await siteData();
  return readDownloads(site.downloads);
}

export const size = (bytes: number): string => (bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
