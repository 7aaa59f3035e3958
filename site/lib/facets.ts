import { compareNumeric } from 'hardmap';
import { token } from './attr.ts';
import type { GuideInfo } from './data.ts';
import { shortName } from './frameworks.ts';

export interface FacetOption { value: string; label: string; count: number }
export interface Facet { name: string; label: string; any: string; options: FacetOption[] }

type Values = (info: GuideInfo) => string[];

/**
 * The catalog's filters: one per fact of a guide that varies across the collection. An option
 * every guide has (CIS when all guides map to CIS) or no guide has would leave the list as it is,
 * so it is not offered; a facet with no option left is not shown at all.
 */
export const FACETS: ReadonlyArray<{ name: string; label: string; any: string; values: Values; show: (value: string) => string }> = [
  { name: 'vendor', label: 'Vendor', any: 'All vendors', values: (g) => [g.vendor], show: (v) => v },
  { name: 'category', label: 'Category', any: 'All categories', values: (g) => [g.category], show: (v) => v },
  { name: 'tier', label: 'Tier', any: 'All tiers', values: (g) => (g.tier ? [g.tier] : []), show: (v) => `Tier ${v}` },
  { name: 'maturity', label: 'Maturity', any: 'Any maturity', values: (g) => g.maturities, show: (v) => v },
  { name: 'framework', label: 'Maps to', any: 'Any framework', values: (g) => g.frameworks.filter((key) => !key.startsWith('uncatalogued:')), show: shortName },
  // A one-word name: the catalog script reads each facet from the card's dataset (`data-packs`).
  { name: 'packs', label: 'Code packs', any: 'With or without', values: (g) => [g.hasCodePacks ? 'with' : 'none'], show: (v) => (v === 'with' ? 'With code packs' : 'No code packs') },
  { name: 'diagnostics', label: 'Diagnostics', any: 'With or without', values: (g) => [g.counts.total > 0 ? 'with' : 'none'], show: (v) => (v === 'with' ? 'With diagnostics' : 'No diagnostics') },
];

/** A guide's filter tokens per facet, as the cards carry them in data-* attributes. */
export function facetTokens(info: GuideInfo): Record<string, string> {
  return Object.fromEntries(FACETS.map((facet) => [facet.name, [...new Set(facet.values(info).map(token))].join(' ')]));
}

export function catalogFacets(guides: readonly GuideInfo[]): Facet[] {
  return FACETS.map((facet) => {
    const counts = new Map<string, { label: string; count: number }>();
    for (const info of guides) for (const value of new Set(facet.values(info))) {
      const key = token(value);
      counts.set(key, { label: facet.show(value), count: (counts.get(key)?.count ?? 0) + 1 });
    }
    const options = [...counts].filter(([, { count }]) => count < guides.length).map(([value, { label, count }]) => ({ value, label, count })).sort((a, b) => compareNumeric(a.label, b.label));
    return { name: facet.name, label: facet.label, any: facet.any, options };
  }).filter((facet) => facet.options.length > 0);
}
