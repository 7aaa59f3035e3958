// The five frameworks catalogued today, as folders: built from the very artifacts that become
// mappings/catalogs/*.json in the same run, so both are made from the same inputs and agree.
import type { CatalogFileEntry } from '../../../src/core/frameworks/framework-schema.ts';
import { sortNatural } from '../natural.ts';
import type { IndexRecord } from '../nist.ts';
import type { Artifact, Input } from '../types.ts';
import { placed, type FolderSpec } from './folder.ts';
import { CIS_V8, ISO_27001, NIST_53, PCI_DSS, SOC2 } from './meta-existing.ts';
import type { FrameworkMeta } from './meta-types.ts';

type Row = Record<string, unknown> & { id: string };
const list = (a: Artifact, key: string) => a.json[key] as Row[];
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const entry = (e: Partial<CatalogFileEntry> & Pick<CatalogFileEntry, 'id' | 'group'>): Omit<CatalogFileEntry, 'level'> => ({ title: '', parent: null, withdrawn: false, incorporatedInto: [], tags: [], ...e });

function spec(meta: FrameworkMeta, a: Artifact, groups: Array<{ id: string; title: string }>, entries: Array<Omit<CatalogFileEntry, 'level'>>): FolderSpec {
  return {
    meta,
    catalog: { framework: meta.id, title: str(a.json.title), version: str(a.json.version), groups, entries: entries.map((e) => placed(meta, e)) },
    sources: a.sources,
    counts: a.counts,
    what: [`The same requirements as \`mappings/${a.file}\`, made from the same inputs in the same run, as entries with a level, group and parent.`, ...a.note.what],
    gaps: a.note.gaps,
  };
}

export function nistFolder(a: Artifact, index: Input): FolderSpec {
  const records = new Map((index.data as { controls: IndexRecord[] }).controls.map((r) => [r.label, r]));
  const families = Object.entries(a.json.families as Record<string, string>).map(([id, title]) => ({ id, title }));
  return spec(NIST_53, a, families, list(a, 'controls').map((c) => {
    const targets = c.incorporatedInto as string[];
    const rels = records.get(c.id)?.withdrawnTo ?? [];
    const withdrawnTo = targets.map((target, i) => ({ relation: rels[i]?.rel === 'moved-to' ? 'moved-to' as const : 'incorporated-into' as const, target }));
    return entry({ id: c.id, title: str(c.title), group: str(c.family), parent: (c.parent as string | null) ?? null, withdrawn: c.withdrawn === true, incorporatedInto: targets, ...(withdrawnTo.length ? { withdrawnTo } : {}), tags: c.baselines as string[] });
  }));
}

export function cisFolder(a: Artifact): FolderSpec {
  const controls = list(a, 'controls');
  return spec(CIS_V8, a, controls.map((c) => ({ id: c.id, title: str(c.title) })), [
    ...controls.map((c) => entry({ id: c.id, title: str(c.title), group: c.id })),
    ...list(a, 'safeguards').map((s) => entry({ id: s.id, title: str(s.title), group: str(s.control), parent: str(s.control), tags: (s.implementationGroups as number[]).map((ig) => `ig${ig}`) })),
  ]);
}

/** Series (CC1 ... P8) become entries, so every criterion's parent is one; their title is the AICPA heading. */
export function soc2Folder(a: Artifact): FolderSpec {
  const criteria = list(a, 'criteria');
  const series = new Map<string, Row>();
  for (const c of criteria) if (!series.has(str(c.group))) series.set(str(c.group), c);
  return spec(SOC2, a, list(a, 'categories').map((c) => ({ id: c.id, title: str(c.title) })), [
    ...[...series].map(([id, c]) => entry({ id, title: str(c.groupTitle), group: str(c.category) })),
    ...criteria.map((c) => entry({ id: c.id, group: str(c.category), parent: str(c.group) })),
  ]);
}

export function isoFolder(a: Artifact): FolderSpec {
  const groups = [...list(a, 'themes').map((t) => ({ id: t.id, title: str(t.title) })), { id: 'clauses', title: 'Management system clauses 4-10' }];
  const clauseIds = new Set(list(a, 'clauses').map((c) => c.id));
  const clauseParent = (id: string) => {
    const parent = id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : null;
    return parent !== null && clauseIds.has(parent) ? parent : null;
  };
  return spec(ISO_27001, a, groups, [
    ...list(a, 'controls').map((c) => entry({ id: c.id, title: str(c.title), group: str(c.theme) })),
    ...list(a, 'clauses').map((c) => entry({ id: c.id, title: str(c.title), group: 'clauses', parent: clauseParent(c.id) })),
  ]);
}

export function pciFolder(a: Artifact): FolderSpec {
  const principal = list(a, 'principalRequirements');
  return spec(PCI_DSS, a, principal.map((p) => ({ id: p.id, title: str(p.title) })), [
    ...principal.map((p) => entry({ id: p.id, title: str(p.title), group: p.id })),
    ...sortNatural(list(a, 'requirements'), (r) => r.id).map((r) => entry({ id: r.id, group: r.id.split('.')[0] ?? r.id, parent: str(r.parent) })),
  ]);
}
