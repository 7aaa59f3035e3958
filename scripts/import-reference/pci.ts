import { sortNatural } from './natural.ts';
import type { Artifact, CatalogIndex, Input, Warn } from './types.ts';

export const PCI_KEY = 'pci-dss-4.0.1';

type SourceFile = {
  version: string;
  goals: { name: string; requirements: string[] }[];
  principalRequirements: { id: string; name: string; shortTitle: string }[];
  requirements: { id: string; parent: string; level: number }[];
  counts: { goals: number; principalRequirements: number; appendices: number; subRequirementIds: number };
};

export const PCI_LICENSE = '(c) PCI Security Standards Council, all rights reserved. IDs and headings only.';

export function buildPciCatalog(input: Input, warn: Warn): CatalogIndex & { artifact: Artifact } {
  const src = input.data as SourceFile;
  const goals = src.goals.map((g, i) => ({ id: `G${i + 1}`, title: g.name, requirements: g.requirements }));
  const principalRequirements = sortNatural(src.principalRequirements, (p) => p.id).map((p) => ({
    id: p.id,
    title: p.shortTitle,
  }));
  const requirements = sortNatural(src.requirements, (r) => r.id).map((r) => ({ id: r.id, parent: r.parent }));
  const ids = new Set([...principalRequirements, ...requirements].map((r) => r.id));
  for (const r of requirements) if (!ids.has(r.parent)) warn(`PCI ${r.id}: parent ${r.parent} not found`);
  const counts = countPci(goals.length, principalRequirements, requirements);
  checkCounts(counts, src.counts, warn);
  const json = {
    framework: PCI_KEY,
    title: 'PCI DSS v4.0.1',
    version: src.version,
    license: PCI_LICENSE,
    provenance: { sources: [input.ref], notes: NOTES },
    counts,
    goals,
    principalRequirements,
    requirements,
  };
  return {
    key: PCI_KEY,
    ids,
    mappable: requirements.map((r) => r.id),
    artifact: { file: `catalogs/${PCI_KEY}.json`, json, sources: [input.ref], counts, note: NOTE },
  };
}

function countPci(goals: number, principal: { id: string }[], requirements: { id: string }[]): Record<string, number> {
  const appendices = principal.filter((p) => p.id.startsWith('A')).length;
  const counts: Record<string, number> = {
    goals,
    principalRequirements: principal.length - appendices,
    appendices,
    requirements: requirements.length,
  };
  for (const r of requirements) {
    const key = `depth${r.id.split('.').length}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

function checkCounts(ours: Record<string, number>, published: SourceFile['counts'], warn: Warn): void {
  const pairs: [string, number][] = [
    ['goals', published.goals],
    ['principalRequirements', published.principalRequirements],
    ['appendices', published.appendices],
    ['requirements', published.subRequirementIds],
  ];
  for (const [key, n] of pairs) if (ours[key] !== n) warn(`PCI count ${key}=${ours[key]}, source says ${n}`);
}

const NOTES =
  'From ciso-assistant pcidss-4_0.yaml (library v3, "PCI DSS 4.0.1, June 2024"). principalRequirements holds ' +
  'requirements 1-12 and Appendices A1-A3 with their short headings. requirements holds every sub-requirement ' +
  'ID (x.y, x.y.z, x.y.z.w, x.y.z.w.v, A1.1...) with its parent. Goal IDs G1-G6 are positional and assigned here; ' +
  'PCI SSC does not number the goals.';

const NOTE = {
  heading: 'PCI DSS v4.0.1 requirement IDs',
  what: [
    'The 6 goals, 12 principal requirements plus Appendices A1–A3 (short headings), and all 351 sub-requirement IDs with their parent, so validation can accept `8.3` as well as `8.3.1`.',
    NOTES,
  ],
  terms: [
    'PCI DSS © 2006–2024 PCI Security Standards Council, LLC. All rights reserved. Requirement text is **not** reproduced: only IDs, the 6 goal names and the 12 principal-requirement / Appendix A1–A3 headings.',
    'Taken from data published by intuitem/ciso-assistant-community (AGPL-3.0 repository).',
  ],
  gaps: [
    'This is v4.0.1. No separate v4.0 (March 2022) ID list was found; IDs are the same except where the SSC changed them.',
    'No PCI DSS crosswalks (no PCI DSS → NIST mapping was available).',
  ],
};
