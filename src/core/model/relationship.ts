import { z } from 'zod';

/**
 * How the scope of one requirement relates to another's, read left to right: an edge
 * `{ from: A, to: B, relationship: R }` says "A is R B".
 *
 * - `equal`: A and B have the same scope (CIS "Equivalent"; OSCAL `equivalent-to`).
 * - `superset-of`: A's scope contains B's (CIS "Superset"; OSCAL `superset-of`).
 * - `subset-of`: A's scope is contained in B's (CIS "Subset"; OSCAL `subset-of`).
 * - `intersects`: A and B overlap; neither is known to contain the other (OSCAL `intersects-with`).
 * - `unspecified`: the source gives no type (AICPA's points of focus, a blank CIS cell), or a chain
 *   of edges does not establish even an overlap.
 */
export const RelationshipSchema = z.enum(['equal', 'superset-of', 'subset-of', 'intersects', 'unspecified']);
export type Relationship = z.infer<typeof RelationshipSchema>;

/**
 * What meeting one requirement does for another: `meets` when the relationship is `equal` or
 * `superset-of` (meeting A meets everything in B), `contributes-to` otherwise.
 */
export const StrengthSchema = z.enum(['meets', 'contributes-to']);
export type Strength = z.infer<typeof StrengthSchema>;
