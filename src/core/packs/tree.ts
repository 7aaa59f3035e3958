import { compareText } from '../collate.ts';
import { SourceText } from '../parse/source.ts';
import { parseControlYaml } from './control-yaml.ts';
import { compareSections, langOfFileName, sectionOfFileName, typeOfPath } from './file-name.ts';
import { parseExcerpts } from './markers.ts';
import { RENDERED_PACK_TYPES, type Pack, type PackEntry, type PackFile, type PackFileInput, type PackSection, type PackTree } from './model.ts';

/** Pure: the pack tree from the files the io layer read under the packs root (`<vendor>/...`). */
export function buildPackTree(root: string, inputs: readonly PackFileInput[]): PackTree {
  const byVendor = new Map<string, PackFileInput[]>();
  for (const input of [...inputs].sort((a, b) => compareBytes(a.path, b.path))) {
    const vendor = input.path.split('/')[0] ?? '';
    if (!input.path.includes('/')) continue;
    byVendor.set(vendor, [...(byVendor.get(vendor) ?? []), input]);
  }
  const packs = [...byVendor].map(([vendor, files]) => buildPack(vendor, files));
  return { root, packs: packs.sort((a, b) => compareText(a.vendor, b.vendor)) };
}

function buildPack(vendor: string, inputs: readonly PackFileInput[]): Pack {
  const files = inputs.map((input) => packFile(vendor, input));
  const controls = inputs.filter((input) => typeOfPath(input.path) === 'controls' && /\.ya?ml$/.test(input.path)).map((input) => parseControlYaml(input.path, input.text));
  return { vendor, files, controls, sections: sectionsOf(files) };
}

function packFile(vendor: string, input: PackFileInput): PackFile {
  const fileName = input.path.slice(input.path.lastIndexOf('/') + 1);
  const type = typeOfPath(input.path);
  const { excerpts, problems, marked } = parseExcerpts(input.text);
  return {
    path: input.path,
    vendor,
    fileName,
    type,
    lang: langOfFileName(fileName),
    section: sectionOfFileName(fileName, vendor),
    sha256: input.sha256,
    size: input.size,
    marked,
    excerpts,
    markerProblems: problems,
    sigmaId: type === 'sigma' ? sigmaIdOf(input.text) : null,
  };
}

/** A Sigma rule's top-level `id:` (unquoted), with its place. */
function sigmaIdOf(text: string): PackFile['sigmaId'] {
  const match = /^id:[ \t]*(["']?)([^"'\r\n#]*?)\1[ \t]*(?:#.*)?$/m.exec(text);
  if (!match || !match[2]) return null;
  const source = new SourceText(text);
  return { value: match[2], position: source.position(match.index, match.index + match[0].length) };
}

/**
 * Sections as the upstream sync builds its data file: only files named `hth-<vendor>-N.N-...`
 * that carry a begin marker count; one file per type and section, the later one in path order
 * winning; sigma keeps every rule file, in path order.
 */
function sectionsOf(files: readonly PackFile[]): PackSection[] {
  const sections = new Map<string, Map<string, PackEntry[]>>();
  for (const file of files) {
    if (file.section === null || !file.marked) continue;
    const types = sections.get(file.section) ?? new Map<string, PackEntry[]>();
    sections.set(file.section, types);
    if (!(RENDERED_PACK_TYPES as readonly string[]).includes(file.type)) continue;
    const entry: PackEntry = { type: file.type, lang: file.lang, path: file.path, fileName: file.fileName, excerpts: file.excerpts };
    types.set(file.type, file.type === 'sigma' ? [...(types.get(file.type) ?? []), entry] : [entry]);
  }
  return [...sections]
    .sort(([a], [b]) => compareSections(a, b))
    .map(([key, types]) => ({ key, entries: RENDERED_PACK_TYPES.flatMap((type) => types.get(type) ?? []) }));
}

/** Byte order of paths, as `sort -z` under the C locale orders the files the sync reads. */
function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The section an include renders, or null when the pack has none by that key. */
export function packSection(tree: PackTree | null, vendor: string, section: string): PackSection | null {
  return tree?.packs.find((pack) => pack.vendor === vendor)?.sections.find((candidate) => candidate.key === section) ?? null;
}
