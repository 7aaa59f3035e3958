import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  crossCheckFolder,
  crossCheckProfiles,
  parseCatalogFile,
  parseFrameworkFile,
  type FrameworkFolder,
} from '../core/frameworks/framework-folder.ts';

/** mappings/frameworks/ ships with the package, next to src/. */
export const FRAMEWORKS_DIR = fileURLToPath(new URL('../../mappings/frameworks/', import.meta.url));

/** A framework folder that does not match the schemas; the message names the file and the field. */
export class FrameworkFolderError extends Error {}

/** Every file a folder must hold; PROVENANCE.md is for people, so only its presence is checked. */
export const FOLDER_FILES = ['framework.json', 'catalog.json', 'PROVENANCE.md'] as const;

function readJson(path: string, shown: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new FrameworkFolderError(`${shown}: missing or unreadable`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new FrameworkFolderError(`${shown}: not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function unwrap<T>(parsed: { value: T } | { error: string }): T {
  if ('error' in parsed) throw new FrameworkFolderError(parsed.error);
  return parsed.value;
}

/**
 * Reads and validates every `<dir>/<id>/` folder, in name order. Throws FrameworkFolderError at the
 * first broken file, naming it (relative to `shownFrom`, the project root by default) and the field.
 */
export function loadFrameworkFolders(dir: string = FRAMEWORKS_DIR, shownFrom: string = join(FRAMEWORKS_DIR, '..', '..')): Map<string, FrameworkFolder> {
  return loadFrameworkRoots([dir], shownFrom);
}

/**
 * The folders of several frameworks folders together (the shipped one and extra mappings roots),
 * in name order; one id in two of them is an error, and a profile may select from a framework of
 * another root.
 */
export function loadFrameworkRoots(dirs: readonly string[], shownFrom: string = join(FRAMEWORKS_DIR, '..', '..')): Map<string, FrameworkFolder> {
  const show = (path: string) => relative(shownFrom, path).split('\\').join('/');
  const dirOf = new Map<string, string>();
  for (const dir of dirs) {
    if (!existsSync(dir)) throw new FrameworkFolderError(`${show(dir)}: no frameworks folder`);
    for (const name of readdirSync(dir).filter((entry) => statSync(join(dir, entry)).isDirectory())) {
      const earlier = dirOf.get(name);
      if (earlier) throw new FrameworkFolderError(`${show(join(dir, name))}: unexpected second folder for ${name}, expected one (the first is ${show(join(earlier, name))})`);
      dirOf.set(name, dir);
    }
  }
  const folders = new Map<string, FrameworkFolder>();
  for (const name of [...dirOf.keys()].sort()) {
    const folderDir = join(dirOf.get(name) as string, name);
    for (const file of FOLDER_FILES) {
      if (!existsSync(join(folderDir, file))) throw new FrameworkFolderError(`${show(join(folderDir, file))}: missing (a framework folder holds ${FOLDER_FILES.join(', ')})`);
    }
    const framework = unwrap(parseFrameworkFile(readJson(join(folderDir, 'framework.json'), show(join(folderDir, 'framework.json'))), show(join(folderDir, 'framework.json'))));
    const catalog = unwrap(parseCatalogFile(readJson(join(folderDir, 'catalog.json'), show(join(folderDir, 'catalog.json'))), show(join(folderDir, 'catalog.json'))));
    const folder = { framework, catalog };
    const [first] = crossCheckFolder(name, show(folderDir), folder);
    if (first) throw new FrameworkFolderError(first);
    folders.set(name, folder);
  }
  const [first] = crossCheckProfiles(folders, (id) => show(join(dirOf.get(id) as string, id)));
  if (first) throw new FrameworkFolderError(first);
  return folders;
}
