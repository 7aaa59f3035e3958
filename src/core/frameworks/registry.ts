import { editDistance } from './catalog.ts';
import type { FrameworkFile } from './framework-schema.ts';
import { UNCATALOGUED } from './known-labels.ts';
import { fromRegistry } from './installed.ts';

/**
 * The framework labels hardmap knows. Guides spell one framework many ways (`NIST 800-53`,
 * `**NIST SP 800-53 Rev. 5**`); each label is reduced to a canonical key here. Frameworks with a
 * catalog in mappings/ get their IDs validated; the others are recognised but kept as written.
 */
export interface FrameworkInfo {
  key: string;
  /** Display name used in generated tables and exports. */
  name: string;
  /** Short name for chips and column headers. */
  short: string;
  catalogued: boolean;
  /** Matched against the normalized label (lowercase, no emphasis, single spaces). */
  labels: RegExp[];
  /** Spellings offered in "did you mean" suggestions. */
  spellings: string[];
  /** A group of distinct standards (`ISO 27002`, `ISO 27017`): each label keeps its own `uncatalogued:` key. */
  perLabel?: true;
  /** A profile framework's base catalog (FedRAMP Rev 5 selects from NIST 800-53 r5): its IDs are that catalog's. */
  profileOf?: string;
  /** Quick-reference headings that name the framework without being a label, tried by `order` across frameworks. */
  headings?: { order: number; patterns: RegExp[] };
  /** The label spelling `hardmap fix` writes (framework.json `labels.canonical`). */
  canonical?: string;
  /** Short names `--framework` accepts. */
  aliases?: string[];
}

export { CIS, CSF, FEDRAMP, HIPAA, ISO, NIST, NIST_171, PCI, SOC2 } from './defaults.ts';

/** A catalogued framework as its framework.json describes it. */
export function frameworkInfoOf(file: FrameworkFile): FrameworkInfo {
  const { headings, canonical } = file.labels;
  return {
    key: file.id, name: file.name, short: file.short, catalogued: true, labels: file.labels.patterns.map((p) => new RegExp(p.pattern, 'u')), spellings: file.labels.spellings,
    ...(headings ? { headings: { order: headings.order, patterns: headings.patterns.map((p) => new RegExp(p, 'u')) } } : {}),
    ...(canonical ? { canonical } : {}),
    ...(file.aliases ? { aliases: file.aliases } : {}),
    ...(file.profileOf ? { profileOf: file.profileOf } : {}),
  };
}

/** Pure: the registry's frameworks for a set of framework.json files, catalogued first, then the known uncatalogued labels. */
export function buildFrameworkInfos(files: readonly FrameworkFile[]): FrameworkInfo[] {
  return [...files.map(frameworkInfoOf), ...UNCATALOGUED];
}

/** The registry's frameworks: the installed framework.json files (src/core/frameworks/installed.ts), then the known uncatalogued labels. */
export const frameworks: () => readonly FrameworkInfo[] = fromRegistry(buildFrameworkInfos);

const byKey = fromRegistry((files) => new Map(buildFrameworkInfos(files).map((framework) => [framework.key, framework])));

export function frameworkInfo(key: string): FrameworkInfo | undefined {
  return byKey().get(key);
}

/** Lowercase, emphasis and trailing colons removed, whitespace collapsed. */
export function normalizeLabel(label: string): string {
  return label
    .replace(/[*_`]/g, '')
    .replace(/[:\s]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export interface ResolvedLabel {
  key: string;
  known: boolean;
}

/** Further spellings of catalogued labels, only to measure how near an unknown label is to one. */
const nearSpellings = fromRegistry((files): Record<string, string[]> => Object.fromEntries(files.map((file) => [file.id, file.labels.nearSpellings])));

/**
 * The catalogued framework an unknown label is a near-miss spelling of (`NIST 800-35`,
 * `CIS Controlz v8`, `SOC 2 Type 3`): at most two edits from one of its spellings. Labels of
 * real other frameworks are resolved before this is asked, so they are never near-misses.
 */
export function nearCataloguedLabel(label: string): { framework: FrameworkInfo; spelling: string } | null {
  const normalized = normalizeLabel(label);
  let best: { framework: FrameworkInfo; spelling: string; distance: number } | null = null;
  for (const framework of frameworks()) {
    if (!framework.catalogued) continue;
    for (const spelling of [...framework.spellings, ...(nearSpellings()[framework.key] ?? [])]) {
      const distance = editDistance(normalized, normalizeLabel(spelling), 3);
      if (distance <= 2 && (!best || distance < best.distance)) best = { framework, spelling: framework.spellings.includes(spelling) ? spelling : (framework.spellings[0] ?? spelling), distance };
    }
  }
  return best && { framework: best.framework, spelling: best.spelling };
}

/** Canonical key for a label; an unknown label becomes `uncatalogued:<slug>` so it is kept, not dropped. */
export function resolveFrameworkLabel(label: string): ResolvedLabel {
  return resolveLabelIn(frameworks(), label);
}

/** Pure: `resolveFrameworkLabel` over any list of frameworks, tried in order (a registry built from other folders). */
export function resolveLabelIn(frameworks: readonly FrameworkInfo[], label: string): ResolvedLabel {
  const normalized = normalizeLabel(label);
  const own = `uncatalogued:${normalized.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'unnamed'}`;
  for (const framework of frameworks) {
    if (framework.labels.some((pattern) => pattern.test(normalized))) return { key: framework.perLabel ? own : framework.key, known: true };
  }
  // `CIS` and a product (`CIS Windows 11`) names a benchmark, unless it is a slip for CIS Controls.
  if (/^cis [a-z]/.test(normalized) && !nearCataloguedLabel(label)) return { key: own, known: true };
  return { key: own, known: false };
}

const idLabels = fromRegistry((files) => new Map(files.map((file) => [file.id, file.labels.patterns.filter((p) => p.idInLabel).map((p) => new RegExp(p.pattern, 'u'))])));

/** The label itself cites an ID of the framework (`45 CFR 164.312(b)`): framework.json `labels.patterns[].idInLabel`. */
export function labelCitesId(key: string, label: string): boolean {
  const normalized = normalizeLabel(label);
  return idLabels().get(key)?.some((pattern) => pattern.test(normalized)) === true;
}

export function frameworkName(key: string): string {
  return byKey().get(key)?.name ?? key.replace(/^uncatalogued:/, '');
}
