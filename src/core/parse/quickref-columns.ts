import { resolveFrameworkLabel } from '../frameworks/registry.ts';

/**
 * What a quick-reference column holds, read from its header text only. Real guides put the same
 * thing in different places (`| Control | SOC 2 | NIST 800-53 |` vs `| Control ID | Okta Control |
 * Guide Section |`), so a column is never assumed to hold something because of where it is.
 */
export type ColumnRole =
  | { role: 'section' }
  | { role: 'family' }
  | { role: 'framework'; framework: string }
  | { role: 'id' }
  | { role: 'control' }
  | { role: 'text' };

const SECTION = [
  /^(guide |hth |hardening |implementation )?sections?$/,
  /^guide (controls?|references?)$/,
  /^(sections?|controls?) in (this )?guide$/,
  /^(implemented|covered|addressed) (by|in)$/,
  /^where( implemented)?$/,
];
const FAMILY = /^(control |nist |requirement )?(famil(y|ies)|categor(y|ies)|domains?|themes?|areas?)$/;
const ID = /^(control|controls|criteria|criterion|requirement|requirements|policy|recommendation|safeguard|subcategory|tsc|clause|objective|technique|reference)?\s*(ids?|#|no\.?|numbers?)?$/;
/** A header that names a framework, maybe with a noun after it (`NIST 800-53 Controls`, `SOC 2 Criteria`). */
const FRAMEWORK_NOUN = /\s+(controls?|criteria|criterion|ids?|requirements?|policy|policies|mappings?|safeguards?|references?)$/;
/** The header of a matrix's guide-control column. */
const CONTROL = /^(guide |hardening |hth |this guide'?s? )?(controls?|recommendations?)$/;

export function columnRole(header: string): ColumnRole {
  const key = header.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  if (key === '') return { role: 'text' };
  if (SECTION.some((pattern) => pattern.test(key))) return { role: 'section' };
  if (FAMILY.test(key)) return { role: 'family' };
  const framework = headerFramework(key);
  if (framework) return { role: 'framework', framework };
  if (ID.test(key) || / (id|ids|policy)$/.test(key)) return { role: 'id' };
  if (CONTROL.test(key)) return { role: 'control' };
  return { role: 'text' };
}

function headerFramework(key: string): string | null {
  for (const candidate of [key, key.replace(FRAMEWORK_NOUN, '')]) {
    const resolved = resolveFrameworkLabel(candidate);
    if (resolved.known) return resolved.key;
  }
  return null;
}
