import { compose } from '../../crosswalk/compose.ts';
import { oscalTarget } from './targets.ts';
import type { Relationship } from '../../model/relationship.ts';
import type { MappingRow } from '../rows.ts';
import { HARDMAP_NS, nistControlId } from './text.ts';

/**
 * OSCAL 1.2's relationship values (oscal_mapping-common metaschema). Our `equal` is scope, not
 * wording, so it is `equivalent-to` ("the words may differ"), never `equal-to` (same actual text).
 * `unspecified` has no OSCAL value: it goes out in hardmap's namespace.
 */
const OSCAL_RELATIONSHIP: Readonly<Record<Relationship, string | null>> = {
  equal: 'equivalent-to', 'superset-of': 'superset-of', 'subset-of': 'subset-of', intersects: 'intersects-with', unspecified: null,
};

/**
 * A guide claim says its control addresses a requirement, not how much of it: `intersects`. A
 * derived map relates the control (not the asserted requirement) to the target, so the claim is
 * composed with the path: meeting AC-2 may meet AC-2(1), but a control that only touches AC-2 is
 * not known to touch AC-2(1).
 */
export const ASSERTED: Relationship = 'intersects';

export function controlRelationship(row: MappingRow): Relationship {
  return row.derivation === 'asserted' || row.relationship === '' ? ASSERTED : compose(ASSERTED, row.relationship);
}

/** The map's `relationship` and, for a value OSCAL does not define, its `ns`. */
export function oscalRelationship(relationship: Relationship): { relationship: string; ns?: string } {
  const value = OSCAL_RELATIONSHIP[relationship];
  return value === null ? { relationship, ns: HARDMAP_NS } : { relationship: value };
}

/**
 * Target ids as OSCAL tokens: NIST's own catalog ids (`ac-2.1`), CIS's own OSCAL ids (`cis-6.5`, as
 * CISecurity/CISControls_OSCAL writes them), and for the others the id as written, prefixed where it
 * starts with a digit (`pci-8.3.1`, `iso-5.2`).
 */
export function targetId(framework: string, id: string): string {
  const target = oscalTarget(framework);
  if (target?.idForm === 'nist') return nistControlId(id);
  const token = asToken(id);
  if (target?.idForm === 'prefixed') return `${target.prefix}-${token}`;
  if (/^[A-Za-z_]/.test(token)) return token;
  return `${target?.prefix ?? 'id'}-${token}`;
}

/** An OSCAL token allows letters, digits, `.`, `-` and `_`: a CFR citation's parentheses become `_` (`164.312(a)(1)` -> `164.312_a_1`). */
const asToken = (id: string): string => id.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/_+$/, '');
