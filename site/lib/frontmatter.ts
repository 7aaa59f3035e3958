import type { Guide } from 'hardmap';

/** A typed frontmatter value as display text: a list of strings joined, nothing as empty. */
function display(value: string | readonly string[] | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : value.join(', ');
}

export interface GuideFacts {
  vendor: string;
  category: string;
  tier: string;
  description: string;
  version: string;
  maturity: string;
  /** Each maturity value on its own (`maturity` may be a list): the catalog filters and badges use them. */
  maturities: string[];
  lastUpdated: string;
}

/** The facts a guide's pages show, from the model's typed frontmatter fields (a value of another type is not shown). */
export function guideFacts(guide: Guide): GuideFacts {
  const fields = guide.frontmatter?.fields ?? {};
  return {
    vendor: display(fields.vendor) || guide.title,
    category: display(fields.category) || 'Uncategorized',
    tier: display(fields.tier),
    description: display(fields.description),
    version: display(fields.version),
    maturity: display(fields.maturity),
    maturities: fields.maturity === undefined ? [] : typeof fields.maturity === 'string' ? [fields.maturity] : [...fields.maturity],
    lastUpdated: display(fields.last_updated),
  };
}
