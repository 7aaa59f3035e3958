import { controlPackFiles } from '../../packs/guide-packs.ts';
import type { PackFile, PackTree } from '../../packs/model.ts';
import type { IndexedControl } from './guide-index.ts';
import { prop, type Json } from './metadata.ts';
import { uuidV5 } from './uuid.ts';

/**
 * Code pack files as implementation evidence: each file once in back-matter, with its path
 * (relative to the packs root, as the pack download lays it out) and its SHA-256, so an assessor
 * can check that the code reviewed is the code the guide shows. Implemented requirements link to
 * the files of their controls (`rel: evidence`).
 */
export function packFilesOf(controls: readonly IndexedControl[], packs: PackTree | null): PackFile[] {
  const files = new Map<string, PackFile>();
  for (const c of controls) for (const file of controlPackFiles(c.guide.guide, c.control, packs).files) files.set(file.path, file);
  return [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export const packFileUuid = (file: Pick<PackFile, 'path'>): string => uuidV5(`pack-file:${file.path}`);

export function evidenceLinks(files: readonly PackFile[]): Json[] {
  return files.map((file) => ({ href: `#${packFileUuid(file)}`, rel: 'evidence', text: file.path }));
}

export function packFileResources(files: readonly PackFile[]): Json[] {
  return files.map((file) => ({
    uuid: packFileUuid(file),
    title: `Code pack file ${file.path} (${file.type}, ${file.lang})`,
    props: prop('pack-type', file.type),
    rlinks: [{ href: file.path, hashes: [{ algorithm: 'SHA-256', value: file.sha256 }] }],
  }));
}
