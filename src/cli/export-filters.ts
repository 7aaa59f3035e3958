import { EXPORT_FORMATS, type ExportFormat } from '../core/export/bundle.ts';
import { frameworks, resolveFrameworkLabel } from '../core/frameworks/registry.ts';
import type { Guide } from '../core/model/guide.ts';
import { didYouMean } from '../core/suggest.ts';
import { UsageError } from './context.ts';

/** `--framework` aliases: framework.json `aliases` of each framework of the registry. */
export const frameworkAliases = (): Readonly<Record<string, string>> => Object.fromEntries(frameworks().flatMap((f) => (f.aliases ?? []).map((alias) => [alias, f.key])));
const LEVELS = ['L1', 'L2', 'L3', 'L4'];

export const list = (value: string | undefined): string[] => (value ? value.split(',').map((item) => item.trim()).filter(Boolean) : []);

/** `--format a,b`: each one of EXPORT_FORMATS. */
export function exportFormats(value: string | undefined): ExportFormat[] {
  const formats = value === undefined ? [...EXPORT_FORMATS] : list(value);
  for (const format of formats) {
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown --format \`${format}\`, expected ${EXPORT_FORMATS.join(', ')}${didYouMean(format, EXPORT_FORMATS)}`);
  }
  if (formats.length === 0) throw new UsageError(`--format expects one or more of ${EXPORT_FORMATS.join(', ')}`);
  return formats as ExportFormat[];
}

/** `--level`: L1..L4, any case. */
export function exportLevels(value: string | undefined): string[] {
  return list(value).map((raw) => {
    const level = raw.toUpperCase();
    if (!LEVELS.includes(level)) throw new UsageError(`unknown --level \`${raw}\`, expected L1, L2, L3 or L4${didYouMean(level, LEVELS)}`);
    return level;
  });
}

/**
 * `--framework`: an alias (framework.json `aliases`: nist, cis, soc2, ...), a framework key, a label that resolves to
 * a known framework, or an uncatalogued framework some guide maps to. Anything else would filter
 * every row away and export empty files with exit 0, so it is a usage error with a suggestion.
 */
export function exportFrameworks(value: string | undefined, guides: readonly Guide[]): string[] {
  const mapped = new Set(guides.flatMap((guide) => guide.controls.flatMap((control) => control.mappings.map((mapping) => mapping.framework))));
  return list(value).map((name) => {
    const aliases = frameworkAliases();
    const key = aliases[name.toLowerCase()] ?? (frameworks().some((f) => f.key === name) ? name : resolveFrameworkLabel(name));
    if (typeof key === 'string') return key;
    if (key.known || mapped.has(key.key)) return key.key;
    const names = [...Object.keys(aliases), ...frameworks().map((f) => f.key), ...frameworks().map((f) => f.short)];
    throw new UsageError(`unknown --framework \`${name}\`, expected ${Object.keys(aliases).join(', ')}, a framework label or one the guides map to${didYouMean(name, names)}`);
  });
}

/** `--guide`: slugs of the loaded guides. */
export function exportGuides(value: string | undefined, guides: readonly Guide[]): string[] {
  const slugs = guides.map((guide) => guide.slug);
  const wanted = list(value);
  for (const slug of wanted) if (!slugs.includes(slug)) throw new UsageError(`no guide with slug \`${slug}\`${didYouMean(slug, slugs)}`);
  return wanted;
}
