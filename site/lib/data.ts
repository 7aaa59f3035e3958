import { getCollection, getEntry } from 'astro:content';
import { compareText, hasCodePacks, type Control, type Diagnostic, type Guide, type ReferenceData, type RequirementControl, type RequirementIndex, type Runbook } from 'hardmap';
import { decodeRunbook, decodeSitePages, loadStoredGuide, siteDiagnostics, type SitePages } from 'hardmap/astro';
import { loadReferenceData } from 'hardmap/node';
import { guideFacts, type GuideFacts } from './frontmatter.ts';
import { useRenderedHtml } from './render.ts';
import { indexRows, type RowSummary } from './rows.ts';

export interface Counts { error: number; warning: number; info: number; total: number }

export interface GuideInfo extends GuideFacts {
  slug: string;
  guide: Guide;
  /** Decoded source: pages render slices of it that the model does not split further. */
  text: string;
  diagnostics: Diagnostic[];
  counts: Counts;
  /** URL segment per control number: unique even when a guide repeats a number. */
  segments: Map<Control, string>;
  levels: string[];
  frameworks: string[];
  /** At least one include renders code from the collection's packs (the catalog's "has code packs" filter). */
  hasCodePacks: boolean;
}

export interface RunbookInfo { slug: string; runbook: Runbook; diagnostics: Diagnostic[]; counts: Counts }

export interface SiteData {
  guides: GuideInfo[];
  bySlug: Map<string, GuideInfo>;
  runbooks: RunbookInfo[];
  /** `guide#control` -> runbooks whose `applies_to` names it. */
  runbooksByControl: Map<string, RunbookInfo[]>;
  reference: ReferenceData;
  /** The collection's mapping rows, summarized (a control page computes its own rows: rows.ts). */
  rows: RowSummary;
  requirements: RequirementIndex;
  /** Check options, content commit and date, as the hardmap integration was given them. */
  site: SitePages;
}

export function countOf(diagnostics: readonly Diagnostic[]): Counts {
  const counts = { error: 0, warning: 0, info: 0, total: diagnostics.length };
  for (const diagnostic of diagnostics) counts[diagnostic.severity]++;
  return counts;
}

function segmentsOf(guide: Guide): Map<Control, string> {
  const used = new Set<string>();
  return new Map(guide.controls.map((control) => {
    const base = /^[A-Za-z0-9.]+$/.test(control.number) ? control.number : 'control';
    let segment = base;
    for (let n = 2; used.has(segment); n++) segment = `${base}-${n}`;
    used.add(segment);
    return [control, segment];
  }));
}

/** URL segment of the control a row names (anchor and number, as guides may repeat a number). */
export function controlSegment(bySlug: ReadonlyMap<string, GuideInfo>, row: Pick<RequirementControl, 'guide' | 'controlAnchor' | 'controlNumber'>): string {
  const info = bySlug.get(row.guide);
  const control = info?.guide.controls.find((c) => c.anchor === row.controlAnchor && c.number === row.controlNumber);
  return (control && info?.segments.get(control)) ?? row.controlNumber;
}

async function load(): Promise<SiteData> {
  const entry = await getEntry('hardmap', 'site');
  if (!entry) throw new Error('hardmap: the site entry is missing (is hardmapIntegration() in the Astro config?)');
  const site = decodeSitePages(entry.data);
  const stored = (await Promise.all((await getCollection('guides')).map((guide) => loadStoredGuide(guide.data, site.check)))).sort((a, b) => compareText(a.guide.slug, b.guide.slug));
  const storedRunbooks = (await getCollection('runbooks')).map((runbook) => decodeRunbook(runbook.data)).sort((a, b) => compareText(a.runbook.slug, b.runbook.slug));
  const reference = loadReferenceData();
  const diagnostics = siteDiagnostics(stored, storedRunbooks, reference, site.check, site.packs);
  const guides = stored.map(({ guide, text, html }): GuideInfo => {
    useRenderedHtml(guide, html);
    const own = diagnostics.guides.get(guide.slug) ?? [];
    return {
      ...guideFacts(guide), slug: guide.slug, guide, text, diagnostics: own, counts: countOf(own), segments: segmentsOf(guide),
      levels: [...new Set(guide.controls.map((control) => control.level?.level).filter((level): level is NonNullable<typeof level> => Boolean(level)))].sort(),
      frameworks: [...new Set(guide.controls.flatMap((control) => control.mappings.map((mapping) => mapping.framework)))].sort(),
      hasCodePacks: hasCodePacks(guide, site.packs),
    };
  });
  const runbooks = storedRunbooks.map(({ runbook, html }): RunbookInfo => {
    useRenderedHtml(runbook, html);
    const own = diagnostics.runbooks.get(runbook.slug) ?? [];
    return { slug: runbook.slug, runbook, diagnostics: own, counts: countOf(own) };
  });
  const runbooksByControl = new Map<string, RunbookInfo[]>();
  for (const info of runbooks) for (const target of info.runbook.appliesTo) {
    const key = `${target.guide}#${target.control}`;
    runbooksByControl.set(key, [...(runbooksByControl.get(key) ?? []), info]);
  }
  const { rows, requirements } = indexRows(guides.map((info) => info.guide), reference);
  return { guides, bySlug: new Map(guides.map((info) => [info.slug, info])), runbooks, runbooksByControl, reference, rows, requirements, site };
}

let pending: Promise<SiteData> | undefined;

/** Site-wide data, computed once per build (every page awaits the same promise). */
export function siteData(): Promise<SiteData> {
  pending ??= load();
  return pending;
}
