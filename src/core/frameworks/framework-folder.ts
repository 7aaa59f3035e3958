import type { z } from 'zod';
import { CatalogFileSchema, FrameworkFileSchema, issuePath, type CatalogFile, type FrameworkFile } from './framework-schema.ts';
import { levelOf, unknownTransforms } from './id-template.ts';

/** One framework folder, both files checked. */
export interface FrameworkFolder {
  framework: FrameworkFile;
  catalog: CatalogFile;
}

/** Pure: a file checked against a schema, or a message naming the file and the field. */
function parseFile<T>(schema: z.ZodType<T>, value: unknown, name: string, what: string): { value: T } | { error: string } {
  const result = schema.safeParse(value);
  if (result.success) return { value: result.data };
  const issue = result.error.issues[0];
  return { error: `${name}: unexpected ${what} at \`${issuePath(issue?.path ?? [])}\`: ${issue?.message ?? 'invalid'}` };
}

export function parseFrameworkFile(value: unknown, name: string): { value: FrameworkFile } | { error: string } {
  return parseFile(FrameworkFileSchema, value, name, 'framework');
}

export function parseCatalogFile(value: unknown, name: string): { value: CatalogFile } | { error: string } {
  return parseFile(CatalogFileSchema, value, name, 'catalog');
}

/**
 * Pure: what the schemas cannot see alone, each message naming the file and the field: the folder
 * is named by the id, templates use known transforms, every entry sits at a level of the
 * hierarchy and has the parent that level spells, baselines count their tagged entries.
 */
export function crossCheckFolder(folder: string, dir: string, { framework, catalog }: FrameworkFolder): string[] {
  const fw = `${dir}/framework.json`;
  const cat = `${dir}/catalog.json`;
  const errors: string[] = [];
  if (framework.id !== folder) errors.push(`${fw}: unexpected framework at \`id\`: ${framework.id} differs from the folder name ${folder}`);
  if (catalog.framework !== framework.id) errors.push(`${cat}: unexpected catalog at \`framework\`: ${catalog.framework}, expected ${framework.id}`);
  const templates: Array<[string, string]> = framework.hierarchy.flatMap((level, i) => (level.parent ? [[`hierarchy[${i}].parent`, level.parent] as [string, string]] : []));
  if (framework.idGrammar.kind === 'pattern') templates.push(['idGrammar.normalize', framework.idGrammar.normalize]);
  for (const [field, template] of templates) {
    for (const t of unknownTransforms(template)) errors.push(`${fw}: unexpected framework at \`${field}\`: unknown transform ${t}`);
  }
  const groups = new Set(catalog.groups.map((g) => g.id));
  catalog.entries.forEach((entry, index) => {
    const at = `${cat}: unexpected catalog at \`entries[${index}]`;
    if (!groups.has(entry.group)) errors.push(`${at}.group\`: ${entry.group} is not in groups`);
    const level = levelOf(framework.hierarchy, entry.id);
    if (!level) errors.push(`${at}.id\`: ${entry.id} matches no hierarchy level`);
    else if (level.level !== entry.level) errors.push(`${at}.level\`: ${entry.level}, the hierarchy says ${level.level}`);
    else if (level.parent !== null && level.parent !== entry.parent) errors.push(`${at}.parent\`: ${String(entry.parent)}, the hierarchy spells ${level.parent}`);
  });
  framework.baselines.forEach((baseline, index) => {
    const count = catalog.selections ? (catalog.selections[baseline.id]?.length ?? 0) : catalog.entries.filter((e) => e.tags.includes(baseline.id)).length;
    if (count !== baseline.count) errors.push(`${fw}: unexpected framework at \`baselines[${index}].count\`: ${baseline.count}, the catalog has ${count}`);
  });
  if (framework.kind === 'profile' && !catalog.selections) errors.push(`${cat}: unexpected catalog at \`selections\`: a profile framework lists its selections`);
  return errors;
}

/** Profile frameworks select from a framework that must be loaded with them, by IDs it has. */
export function crossCheckProfiles(folders: ReadonlyMap<string, FrameworkFolder>, dirOf: (id: string) => string): string[] {
  const errors: string[] = [];
  for (const [id, { framework, catalog }] of folders) {
    const base = framework.profileOf ?? (framework.idGrammar.kind === 'inherit' ? framework.idGrammar.from : undefined);
    if (!base) continue;
    const target = folders.get(base);
    if (!target) {
      errors.push(`${dirOf(id)}/framework.json: unexpected framework at \`profileOf\`: no folder for ${base}`);
      continue;
    }
    const known = new Set(target.catalog.entries.map((e) => e.id));
    for (const [baseline, ids] of Object.entries(catalog.selections ?? {})) {
      ids.forEach((selected, index) => {
        if (!known.has(selected)) errors.push(`${dirOf(id)}/catalog.json: unexpected catalog at \`selections.${baseline}[${index}]\`: ${selected} is not in ${base}`);
      });
    }
  }
  return errors;
}
