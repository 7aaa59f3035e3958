import { compareText } from '../core/collate.ts';
import type { CrosswalkEdge } from '../core/crosswalk/crosswalks.ts';
import { compareIds } from '../core/frameworks/sort.ts';
import { CIS, FEDRAMP, frameworkName, NIST } from '../core/frameworks/registry.ts';
import type { ReferenceData } from '../core/reference.ts';

/** What the tags of a catalog entry are, by framework (NIST and FedRAMP baselines, CIS implementation groups). */
function tagLabel(framework: string): string {
  if (framework === NIST || framework === FEDRAMP) return 'Baselines';
  if (framework === CIS) return 'Implementation groups';
  return 'Tags';
}

/** Catalog text is data, not Markdown: an ID or title must never turn into a link or emphasis. */
const literal = (text: string): string => text.replace(/[\\`*_[\]<>#|]/g, (character) => `\\${character}`);

/**
 * Pure: a framework requirement as a hover shows it, in Markdown: its catalog title, whether it
 * was withdrawn and where it went, its baselines or implementation groups, and the requirements
 * of other frameworks the published crosswalks connect it to (a NIST enhancement no crosswalk
 * lists shows its base control's, labelled as such, as the site does). An ID the catalog does not
 * have says only that.
 */
export function describeRequirement(reference: ReferenceData, framework: string, id: string): string {
  const name = frameworkName(framework);
  const catalog = reference.catalogs.get(framework);
  const entry = catalog?.entries.get(id);
  if (!catalog || !entry) return `**${literal(name)} ${literal(id)}**\n\nNot in the ${literal(name)} catalog${catalog ? ` (${literal(catalog.version)})` : ''}.`;
  const lines = [`**${literal(name)} ${literal(id)}**${entry.title ? `: ${literal(entry.title)}` : ''}`];
  if (entry.withdrawn) lines.push(`Withdrawn${entry.incorporatedInto.length > 0 ? `: incorporated into ${entry.incorporatedInto.map(literal).join(', ')}` : ''}.`);
  if (entry.tags.length > 0) lines.push(`${tagLabel(framework)}: ${entry.tags.map(literal).join(', ')}`);
  let edges = reference.crosswalks.edges(framework, id);
  const base = edges.length === 0 && framework === NIST ? entry.parent : null;
  if (base) edges = reference.crosswalks.edges(framework, base);
  lines.push(crosswalked(edges, base));
  return lines.join('\n\n');
}

/** A hover is read at a glance: a SOC 2 criterion reaches almost 200 NIST controls, the site lists them all. */
const SHOWN = 12;

function crosswalked(edges: readonly CrosswalkEdge[], base: string | null): string {
  if (edges.length === 0) return 'No published crosswalk connects it to another framework.';
  const byFramework = new Map<string, Map<string, CrosswalkEdge>>();
  for (const edge of edges) {
    const ids = byFramework.get(edge.framework) ?? new Map<string, CrosswalkEdge>();
    if (!ids.has(edge.id)) ids.set(edge.id, edge);
    byFramework.set(edge.framework, ids);
  }
  const heading = base ? `Crosswalked requirements (of its base control ${literal(base)}, since no crosswalk lists it):` : 'Crosswalked requirements:';
  const items = [...byFramework]
    .sort((a, b) => compareText(frameworkName(a[0]), frameworkName(b[0])))
    .map(([key, ids]) => {
      const sorted = [...ids.values()].sort((a, b) => compareIds(a.id, b.id));
      const shown = sorted.slice(0, SHOWN).map((edge) => `${literal(edge.id)} (${edge.relationship})`).join(', ');
      return `- ${literal(frameworkName(key))}: ${shown}${sorted.length > SHOWN ? `, and ${sorted.length - SHOWN} more` : ''}`;
    });
  return [heading, ...items].join('\n');
}
