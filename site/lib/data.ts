import { getCollection, getEntry } from 'astro:content';
import { compareText, hasCodePacks, summarizeGuide, type Control, type Diagnostic, type Guide, type ReferenceData, type RequirementControl, type RequirementIndex, type Runbook } from 'hardmap';
import { decodeRunbook, decodeSitePages, guideRefOf, loadStoredGuide, siteDiagnostics, type GuideRef, type SitePages } from 'hardmap/astro';
import { loadReferenceData } from 'hardmap/node';
import { guideFacts, type GuideFacts } from './frontmatter.ts';
import { guideModel } from './models.ts';
import { useRenderedHtml } from './render.ts';
import { indexRows, type RowSummary } from './rows.ts';

export interface Counts { error: number; warning: number; info: number; total: number }

/** What the pages that list guides show of a control, and its URL segment. */
export interface ControlSummary {
  number: string;
  anchor: string;
  title: string;
  /** L1-L4, or empty. */
  level: string;
  /** Unique in the guide even when the guide repeats a number. */
  segment: string;
}

/**
 * A guide as the pages see it: a summary, kept for every guide, and its model, read from the
 * model store when a page asks for `guide` (models.ts: only a few are kept in memory).
 */
export interface GuideInfo extends GuideFacts {
  slug: string;
  title: string;
  path: string;
  /** The model's key in the store: a hash of the file's bytes, path and check options. */
  modelKey: string;
  readonly guide: Guide;
  /** Decoded source, read with the model. */
  readonly text: string;
  diagnostics: Diagnostic[];
  counts: Counts;
  controls: ControlSummary[];
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

function controlSummaries(guide: Guide): ControlSummary[] {
  const used = new Set<string>();
  return guide.controls.map((control) => {
    const base = /^[A-Za-z0-9.]+$/.test(control.number) ? control.number : 'control';
    let segment = base;
    for (let n = 2; used.has(segment); n++) segment = `${base}-${n}`;
    used.add(segment);
    return { number: control.number, anchor: control.anchor, title: control.title, level: control.level?.level ?? '', segment };
  });
}

/** URL segment of a guide's control (found by anchor and number, as guides may repeat a number). */
export function segmentOf(info: GuideInfo, control: Pick<Control, 'anchor' | 'number'>): string {
  return info.controls.find((c) => c.anchor === control.anchor && c.number === control.number)?.segment ?? control.number;
}

/** URL segment of the control a row names. */
export function controlSegment(bySlug: ReadonlyMap<string, GuideInfo>, row: Pick<RequirementControl, 'guide' | 'controlAnchor' | 'controlNumber'>): string {
  const info = bySlug.get(row.guide);
  return info ? segmentOf(info, { anchor: row.controlAnchor, number: row.controlNumber }) : row.controlNumber;
}

/** The summary of one guide (its diagnostics come once the collection's are known); its model is read again when a page asks for it. */
function guideInfo(ref: GuideRef, guide: Guide, site: SitePages): GuideInfo {
  return {
    ...guideFacts(guide), slug: guide.slug, title: guide.title, path: guide.path, modelKey: ref.key,
    get guide() { return guideModel(ref, site.check).guide; },
    get text() { return guideModel(ref, site.check).text; },
    diagnostics: [], counts: countOf([]), controls: controlSummaries(guide),
    levels: [...new Set(guide.controls.map((control) => control.level?.level).filter((level): level is NonNullable<typeof level> => Boolean(level)))].sort(),
    frameworks: [...new Set(guide.controls.flatMap((control) => control.mappings.map((mapping) => mapping.framework)))].sort(),
    hasCodePacks: hasCodePacks(guide, site.packs),
  };
}

async function load(): Promise<SiteData> {
  const entry = await getEntry('hardmap', 'site');
  if (!entry) throw new Error('hardmap: the site entry is missing (is hardmapIntegration() in the Astro config?)');
  const site = decodeSitePages(entry.data);
  const refs = (await getCollection('guides')).map((entry) => guideRefOf(entry.data)).sort((a, b) => compareText(a.slug, b.slug));
  const storedRunbooks = (await getCollection('runbooks')).map((runbook) => decodeRunbook(runbook.data)).sort((a, b) => compareText(a.runbook.slug, b.runbook.slug));
  const reference = loadReferenceData();
  // One model at a time: the summaries, the collection's diagnostics and the rows take what they
  // need of it, and the model is let go.
  const rowIndexer = indexRows(reference);
  const read = refs.map((ref) => {
    const { guide, diagnostics } = loadStoredGuide(ref, site.check);
    rowIndexer.add(guide);
    return { summary: summarizeGuide(guide), diagnostics, info: guideInfo(ref, guide, site) };
  });
  const diagnostics = siteDiagnostics(read, storedRunbooks, reference, site.check, site.packs);
  const guides = read.map(({ info }) => {
    info.diagnostics = diagnostics.guides.get(info.slug) ?? [];
    info.counts = countOf(info.diagnostics);
    return info;
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
  const { rows, requirements } = rowIndexer.finish();
  return { guides, bySlug: new Map(guides.map((info) => [info.slug, info])), runbooks, runbooksByControl, reference, rows, requirements, site };
}

let pending: Promise<SiteData> | undefined;

/** Site-wide data, computed once per build (every page awaits the same promise). */
export function siteData(): Promise<SiteData> {
  pending ??= load();
  return pending;
}
