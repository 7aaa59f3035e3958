import type { Control } from '../model/control.ts';
import type { Guide } from '../model/guide.ts';
import type { ControlYaml, PackFile, PackTree } from './model.ts';
import { packSection } from './tree.ts';

/** The guide's pack-code includes that resolve to code: what "has code packs" means for a reader. */
export function resolvedIncludes(guide: Pick<Guide, 'includes'>, tree: PackTree | null): Guide['includes'] {
  return guide.includes.filter((include) => include.pack && (packSection(tree, include.pack.vendor, include.pack.section)?.entries.length ?? 0) > 0);
}

/** True when at least one include of the guide renders code (the catalog's "has code packs" filter). */
export function hasCodePacks(guide: Pick<Guide, 'includes'>, tree: PackTree | null): boolean {
  return resolvedIncludes(guide, tree).length > 0;
}

/** The pack code types each control shows (`terraform`, `api`, ...), in template order: "implemented by code". */
export function codeTypesOf(guide: Pick<Guide, 'includes'>, control: Pick<Control, 'number'>, tree: PackTree | null): string[] {
  const types = resolvedIncludes(guide, tree)
    .filter((include) => include.control === control.number)
    .flatMap((include) => packSection(tree, include.pack?.vendor ?? '', include.pack?.section ?? '')?.entries.map((entry) => entry.type) ?? []);
  return [...new Set(types)];
}

export interface ControlPackFiles {
  files: PackFile[];
  controls: ControlYaml[];
}

/**
 * The pack files serving a control: every file of the included packs whose file name carries a
 * section an include of the control names (marked or not: helpers such as `-b` rule files and
 * unmarked scripts count by the file-name convention), and the control YAML of those sections.
 */
export function controlPackFiles(guide: Pick<Guide, 'includes'>, control: Pick<Control, 'number'>, tree: PackTree | null): ControlPackFiles {
  const keys = guide.includes.filter((include) => include.pack && include.control === control.number).map((include) => include.pack as NonNullable<typeof include.pack>);
  const files: PackFile[] = [];
  const controls: ControlYaml[] = [];
  for (const key of keys) {
    const pack = tree?.packs.find((candidate) => candidate.vendor === key.vendor);
    if (!pack) continue;
    for (const file of pack.files) if (file.section === key.section && file.type !== 'controls' && !files.includes(file)) files.push(file);
    for (const yaml of pack.controls) if (yaml.section?.value === key.section && !controls.includes(yaml)) controls.push(yaml);
  }
  return { files, controls };
}

/** Every file of the packs the guide includes, for its pack download. */
export function guidePackFiles(guide: Pick<Guide, 'includes'>, tree: PackTree | null): PackFile[] {
  const vendors = new Set(guide.includes.map((include) => include.pack?.vendor).filter((vendor) => vendor !== undefined));
  return (tree?.packs ?? []).filter((pack) => vendors.has(pack.vendor)).flatMap((pack) => pack.files);
}
