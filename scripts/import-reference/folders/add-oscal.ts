// `npm run import-reference -- --add-oscal <catalog-or-profile.json> --framework <framework.json>`:
// a framework published as OSCAL becomes a folder without code. framework.json is written by
// hand (labels, grammar, hierarchy: what OSCAL does not say); the entries come from the OSCAL file.
import { FrameworkFileSchema, type CatalogFile, type CatalogFileEntry } from '../../../src/core/frameworks/framework-schema.ts';
import { issuePath } from '../../../src/core/frameworks/framework-schema.ts';
import { matchId } from '../../../src/core/frameworks/id-template.ts';
import { sha256 } from '../io.ts';
import { placed, renderFolder, type FolderSpec } from './folder.ts';
import type { FrameworkMeta } from './meta-types.ts';
import { importOscalCatalog, isOscalCatalog } from './oscal-catalog.ts';
import { isOscalProfile, profileSelection, type OscalProfileDoc } from './oscal-profile.ts';

export type OscalSource = { path: string; bytes: Buffer | string; upstream?: string };
/** For a profile: the folder it selects from, as loaded. */
export type ProfileTarget = { framework: { idGrammar: FrameworkMeta['idGrammar'] }; catalog: CatalogFile };

export class AddFrameworkError extends Error {}

function metaOf(frameworkJson: unknown): FrameworkMeta {
  const withCounts = frameworkJson as { baselines?: Array<Record<string, unknown>> };
  const filled = { ...withCounts, baselines: (withCounts.baselines ?? []).map((b) => ({ ...b, count: 0 })) };
  const parsed = FrameworkFileSchema.safeParse(filled);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AddFrameworkError(`framework.json: unexpected framework at \`${issuePath(issue?.path ?? [])}\`: ${issue?.message ?? 'invalid'}`);
  }
  return { ...parsed.data, baselines: parsed.data.baselines.map(({ count: _count, ...b }) => b) };
}

/** The files of the new folder, keyed by path under mappings/, plus what could not be read. */
export function importOscalFolder(source: OscalSource, frameworkJson: unknown, target?: ProfileTarget): { files: Map<string, string>; problems: string[] } {
  const meta = metaOf(frameworkJson);
  const doc: unknown = JSON.parse(source.bytes.toString());
  const ref = { path: source.path, sha256: sha256(source.bytes), upstream: source.upstream ?? 'as given to --add-oscal' };
  const spec = isOscalCatalog(doc) && meta.kind === 'catalog' ? fromCatalog(meta, doc, ref) : isOscalProfile(doc) && meta.kind === 'profile' ? fromProfile(meta, doc, ref, target) : null;
  if (!spec) throw new AddFrameworkError(`${source.path}: expected an OSCAL ${meta.kind} (framework.json kind is ${meta.kind})`);
  return { files: renderFolder(spec.folder), problems: spec.problems };
}

type Ref = FolderSpec['sources'][number];

function fromCatalog(meta: FrameworkMeta, doc: Parameters<typeof importOscalCatalog>[0], ref: Ref): { folder: FolderSpec; problems: string[] } {
  const imported = importOscalCatalog(doc);
  const titles = meta.license.content === 'titles';
  const entries: CatalogFileEntry[] = imported.entries.map((e) => placed(meta, { ...e, title: titles ? e.title : '' }));
  const byLevel: Record<string, number> = {};
  for (const e of entries) byLevel[e.level] = (byLevel[e.level] ?? 0) + 1;
  const counts = { entries: entries.length, withdrawn: entries.filter((e) => e.withdrawn).length, byLevel };
  const catalog: CatalogFile = { framework: meta.id, version: imported.version, groups: imported.groups.map((g) => ({ id: g.id, title: titles ? g.title : '' })), entries };
  const what = [`Imported from the OSCAL catalog "${imported.title}" (version ${imported.version}) by \`--add-oscal\`: IDs from the controls' label props, ${titles ? 'titles, ' : ''}groups, parents from nesting, withdrawn status and incorporated-into / moved-to targets.`];
  return { folder: { meta, catalog, sources: [ref], counts, what, gaps: imported.problems }, problems: imported.problems };
}

function fromProfile(meta: FrameworkMeta, doc: OscalProfileDoc, ref: Ref, target?: ProfileTarget): { folder: FolderSpec; problems: string[] } {
  if (!target) throw new AddFrameworkError(`${meta.id}: a profile needs the folder of ${meta.profileOf ?? '(profileOf)'}`);
  const grammar = target.framework.idGrammar;
  if (grammar.kind !== 'pattern') throw new AddFrameworkError(`${meta.id}: ${meta.profileOf ?? ''} has no ID grammar of its own`);
  // The profile names OSCAL ids (ac-2.1); the target's own grammar reads them as its IDs (AC-2(1)).
  const read = (raw: string) => {
    const match = matchId(grammar, raw);
    return match && match.length === raw.length ? match.id : raw;
  };
  const normalized: OscalProfileDoc = { profile: { ...doc.profile, imports: doc.profile.imports.map((imp) => ({
    ...imp,
    'include-controls': (imp['include-controls'] ?? []).map((sel) => ({ ...sel, 'with-ids': (sel['with-ids'] ?? []).map(read) })),
    'exclude-controls': (imp['exclude-controls'] ?? []).map((sel) => ({ ...sel, 'with-ids': (sel['with-ids'] ?? []).map(read) })),
  })) } };
  const { ids: selected, problems } = profileSelection(normalized, target.catalog.entries.map((e) => e.id));
  const baseline = meta.baselines[0]?.id ?? 'selected';
  const catalog: CatalogFile = { framework: meta.id, version: doc.profile.metadata.version, groups: [{ id: baseline, title: doc.profile.metadata.title }], entries: [], selections: { [baseline]: selected } };
  const what = [`Imported from the OSCAL profile "${doc.profile.metadata.title}" (version ${doc.profile.metadata.version}) by \`--add-oscal\`: include-controls with-ids, as IDs of ${meta.profileOf ?? ''}.`];
  return { folder: { meta, catalog, sources: [ref], counts: { [baseline]: selected.length }, what, gaps: problems }, problems };
}
