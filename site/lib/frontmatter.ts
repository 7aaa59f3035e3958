import type { Guide } from 'hardmap';

/** Frontmatter values are untyped data from strangers: read them as display text, never trust the type. */
export function field(guide: Guide, key: string): string {
  const value = guide.frontmatter?.data[key];
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.filter((item) => typeof item === 'string').join(', ');
  return '';
}

export interface GuideFacts {
  vendor: string;
  category: string;
  tier: string;
  description: string;
  version: string;
  maturity: string;
  lastUpdated: string;
}

export function guideFacts(guide: Guide): GuideFacts {
  return {
    vendor: field(guide, 'vendor') || guide.title,
    category: field(guide, 'category') || 'Uncategorized',
    tier: field(guide, 'tier'),
    description: field(guide, 'description'),
    version: field(guide, 'version'),
    maturity: field(guide, 'maturity'),
    lastUpdated: field(guide, 'last_updated'),
  };
}
