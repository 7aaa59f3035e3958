// The DERIVED reference JSON shapes of ../shared/reference §7, §8 and §10 -> framework folders.
import type { CatalogFileEntry } from '../../../src/core/frameworks/framework-schema.ts';
import type { Input, Warn } from '../types.ts';
import { placed, type FolderSpec } from './folder.ts';
import { CSF_2, HIPAA, SP_800_171_R3 } from './meta-new.ts';

type Draft = Omit<CatalogFileEntry, 'level'>;
type Target = { relation: string; id: string };
const RELATIONS: Record<string, 'incorporated-into' | 'moved-to' | 'addressed-by'> = { incorporated_into: 'incorporated-into', moved_to: 'moved-to', addressed_by: 'addressed-by' };

function withdrawal(targets: Target[] | undefined, context: string, warn: Warn): Pick<Draft, 'incorporatedInto' | 'withdrawnTo'> {
  const withdrawnTo = (targets ?? []).map((t) => {
    const relation = RELATIONS[t.relation];
    if (!relation) warn(`${context}: unknown withdrawal relation ${t.relation}; read as incorporated-into`);
    return { relation: relation ?? 'incorporated-into' as const, target: t.id };
  });
  return { incorporatedInto: withdrawnTo.map((w) => w.target), ...(withdrawnTo.length ? { withdrawnTo } : {}) };
}

function check(counts: Record<string, unknown>, published: Record<string, unknown>, label: string, warn: Warn): void {
  for (const [key, value] of Object.entries(counts)) {
    if (key in published && published[key] !== value) warn(`${label} count ${key}=${value}, source says ${String(published[key])}`);
  }
}

type CsfElement = { id: string; type: 'function' | 'category' | 'subcategory'; title?: string; statement?: string | null; function?: string; category?: string; withdrawn: boolean; withdrawnTo?: Target[] };

export function csfFolder(input: Input, warn: Warn): FolderSpec {
  const src = input.data as { elements: CsfElement[]; counts: Record<string, number> };
  const drafts: Draft[] = src.elements.map((e) => ({
    id: e.id,
    title: e.type === 'subcategory' ? (e.statement ?? '') : (e.title ?? ''),
    group: e.function ?? e.id,
    parent: e.type === 'subcategory' ? (e.category ?? null) : e.type === 'category' ? (e.function ?? null) : null,
    withdrawn: e.withdrawn,
    ...withdrawal(e.withdrawnTo, `CSF ${e.id}`, warn),
    tags: [],
  }));
  const entries = drafts.map((d) => placed(CSF_2, d));
  const of = (level: string) => entries.filter((e) => e.level === level);
  const counts = {
    functions: of('function').length,
    categories: of('category').length, categoriesActive: of('category').filter((e) => !e.withdrawn).length, categoriesWithdrawn: of('category').filter((e) => e.withdrawn).length,
    subcategories: of('subcategory').length, subcategoriesActive: of('subcategory').filter((e) => !e.withdrawn).length, subcategoriesWithdrawn: of('subcategory').filter((e) => e.withdrawn).length,
    withdrawnWithoutTarget: entries.filter((e) => e.withdrawn && e.incorporatedInto.length === 0).map((e) => e.id).join(', '),
  };
  check(counts, src.counts, 'CSF 2.0', warn);
  return {
    meta: CSF_2,
    catalog: { framework: CSF_2.id, version: '2.0', groups: of('function').map((f) => ({ id: f.id, title: f.title })), entries },
    sources: [input.ref], counts,
    what: ['The 6 functions, 34 categories and 185 subcategories of NIST CSF 2.0 (CPRT export CSF_2_0_0), withdrawn CSF 1.1 elements included with where each went. IDs, titles and subcategory outcome statements.'],
    gaps: [
      'The OSCAL JSON catalog v1.2.0 (oscal-content 78650f02) was not obtainable; the OSCAL XML 1.0.0 source does not mark withdrawn elements, so withdrawn status comes from CPRT.',
      'Implementation examples (363) are counted upstream, not listed.',
    ],
  };
}

type Family = { id: string; title: string };
type Requirement = { id: string; family: string; title: string | null; withdrawn: boolean; withdrawnTo?: Target[] };

export function sp800171Folder(input: Input, warn: Warn): FolderSpec {
  const src = input.data as { families: Family[]; requirements: Requirement[]; counts: Record<string, unknown> };
  const drafts: Draft[] = [
    ...src.families.map((f) => ({ id: f.id, title: f.title, group: f.id, parent: null, withdrawn: false, incorporatedInto: [], tags: [] })),
    ...src.requirements.map((r) => ({ id: r.id, title: r.title ?? '', group: r.family, parent: r.family, withdrawn: r.withdrawn, ...withdrawal(r.withdrawnTo, `800-171 ${r.id}`, warn), tags: [] })),
  ];
  const entries = drafts.map((d) => placed(SP_800_171_R3, d));
  const reqs = entries.filter((e) => e.level === 'requirement');
  const counts = {
    families: src.families.length, requirements: reqs.length, requirementsActive: reqs.filter((e) => !e.withdrawn).length, requirementsWithdrawn: reqs.filter((e) => e.withdrawn).length,
    withdrawnIncorporatedInto: reqs.filter((e) => e.withdrawnTo?.[0]?.relation === 'incorporated-into').length,
    withdrawnAddressedBy: reqs.filter((e) => e.withdrawnTo?.[0]?.relation === 'addressed-by').length,
    withdrawnWithoutTarget: reqs.filter((e) => e.withdrawn && e.incorporatedInto.length === 0).length,
  };
  check(counts, src.counts, 'SP 800-171 r3', warn);
  return {
    meta: SP_800_171_R3,
    catalog: { framework: SP_800_171_R3.id, version: 'Rev 3', groups: src.families.map((f) => ({ id: f.id, title: f.title })), entries },
    sources: [input.ref], counts,
    what: ['The 17 families and 130 requirement numbers of NIST SP 800-171 Rev 3 (97 active, 33 withdrawn with incorporated-into / addressed-by targets), from the derived index of the OSCAL XML catalog 1.0.0. Withdrawn requirements have no title in the catalog.'],
    gaps: [
      'The OSCAL JSON catalog v1.1.0 (oscal-content 78650f02) was not obtainable; the XML 1.0.0 source was used.',
      'No Rev 2 -> Rev 3 mapping: CMMC 2.0 Level 2 (Rev 2 numbering) cannot be read through this catalog.',
    ],
  };
}

type HipaaElement = { id: string; kind: 'section' | 'standard' | 'implementationSpecification' | 'keyActivity'; title: string; section?: string; standard?: string; cfrCitation?: string; requirement?: 'Required' | 'Addressable'; cprtVariantOf?: string };

export function hipaaFolder(input: Input, warn: Warn): FolderSpec {
  const src = input.data as { elements: HipaaElement[]; counts: Record<string, unknown> };
  const sectionOf = new Map<string, string>();
  for (const e of src.elements) if (e.kind === 'standard' && e.section) sectionOf.set(e.id, e.section);
  const drafts: Draft[] = src.elements.map((e) => {
    const standard = e.standard ?? '';
    const section = e.kind === 'section' ? e.id : e.kind === 'standard' ? (e.section ?? '') : (sectionOf.get(standard) ?? '');
    if (!section) warn(`HIPAA ${e.id}: no section`);
    const tags = [
      ...(e.requirement ? [e.requirement.toLowerCase()] : []),
      ...(e.cprtVariantOf ? ['cprt-variant'] : []),
      ...(e.cfrCitation && e.cfrCitation !== e.id ? [`cfr:${e.cfrCitation}`] : []),
    ];
    return { id: e.id, title: e.title, group: section, parent: e.kind === 'section' ? null : e.kind === 'standard' ? section : standard, withdrawn: false, incorporatedInto: [], tags };
  });
  const entries = drafts.map((d) => placed(HIPAA, d));
  const specs = entries.filter((e) => e.level === 'implementation-specification' && !e.tags.includes('cprt-variant'));
  const counts = {
    sections: entries.filter((e) => e.level === 'section').length,
    standards: entries.filter((e) => e.level === 'standard').length,
    implementationSpecifications: specs.length,
    implementationSpecificationsRequired: specs.filter((e) => e.tags.includes('required')).length,
    implementationSpecificationsAddressable: specs.filter((e) => e.tags.includes('addressable')).length,
    cprtVariantEntries: entries.filter((e) => e.tags.includes('cprt-variant')).length,
    keyActivities: entries.filter((e) => e.level === 'key-activity').length,
    standardsWithCfrCitationDifferentFromId: entries.filter((e) => e.tags.some((t) => t.startsWith('cfr:'))).length,
  };
  check(counts, src.counts, 'HIPAA', warn);
  const derived = entries.flatMap((e) => e.tags.filter((t) => t.startsWith('cfr:')).map((t) => `${e.id} -> ${t.slice(4)}`));
  return {
    meta: HIPAA,
    catalog: { framework: HIPAA.id, version: 'SP 800-66 Rev 2', groups: entries.filter((e) => e.level === 'section').map((e) => ({ id: e.id, title: e.title })), entries },
    sources: [input.ref], counts,
    what: [
      'The HIPAA Security Rule as NIST SP 800-66 Rev 2 structures it (CPRT SP800_66_2_0_0): 5 sections, 22 standards, implementation specifications tagged required or addressable, and the SP 800-66 key activities. IDs and titles only.',
      `CFR citations derived by rule (upstream, not read from any source; check each against the eCFR), kept as \`cfr:\` tags: ${derived.join('; ')}.`,
    ],
    gaps: ['No NIST-published typed mapping of SP 800-66r2 to 800-53 was found.', 'The Privacy and Breach Notification Rules are out of scope.'],
  };
}
