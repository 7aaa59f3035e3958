import type { Link, Nodes, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SectionRef } from '../model/document.ts';
import { linkedSlug } from './link-target.ts';
import type { SourceText } from './source.ts';
import { positionOf } from './source.ts';
import type { CellText } from './table.ts';

/**
 * A control number written bare in a cell: `1.1`, `2.1.1`, `A.1`, `§2.3`. Not when it is part of
 * another token: `GOVERN-1.4` (NIST AI RMF), `v5.1.0` (a benchmark version), `18.1v1` (a SCuBA
 * policy), `CIS 1.1.1` stays a number but `1.1.1-1` does not.
 */
const BARE_NUMBER = /(?<![\p{L}\p{N}_.\-/#])((?:\d+|[A-Z])(?:\.\d+)+)(?![\p{L}\p{N}_]|\.\d|-\d)/gu;

export interface SectionRefContext {
  /** The guide's own slugs (frontmatter slug, file name): a link to one of them is a local link. */
  ownSlugs: ReadonlySet<string>;
}

/** Section references in `cell` between offsets `from` and `to` (the whole cell by default). */
export function sectionRefs(cell: CellText, source: SourceText, context: SectionRefContext, from = cell.start, to = cell.end): SectionRef[] {
  const refs: SectionRef[] = [];
  const linkSpans: Array<[number, number]> = [];
  for (const link of linksIn(cell.children)) {
    const start = link.position?.start.offset ?? 0;
    const end = link.position?.end.offset ?? start;
    if (start < from || end > to) continue;
    linkSpans.push([start, end]);
    const ref = linkRef(link, source, context);
    if (ref) refs.push(ref);
  }
  const text = source.text.slice(from, to);
  for (const match of text.matchAll(BARE_NUMBER)) {
    const start = from + (match.index ?? 0);
    if (linkSpans.some(([a, b]) => start >= a && start < b)) continue;
    const number = match[1] ?? match[0];
    refs.push({ text: number, anchor: null, url: null, number, target: 'unresolved', resolvedControl: null, position: source.position(start, start + number.length) });
  }
  return refs.sort((a, b) => a.position.start.offset - b.position.start.offset);
}

function linkRef(link: Link, source: SourceText, context: SectionRefContext): SectionRef | null {
  const text = toString(link);
  const hash = link.url.indexOf('#');
  if (hash === -1) return null;
  const fragment = safeDecode(link.url.slice(hash + 1));
  const base = { text, url: link.url, number: numberIn(text), resolvedControl: null, position: positionOf(link, source) };
  if (hash === 0) return { ...base, anchor: fragment, target: 'unresolved' };
  const slug = linkedSlug(link.url) ?? publishedGuideSlug(link.url);
  // A link to a page that is not a guide (a vendor's documentation) names no section at all.
  if (slug === null) return null;
  if (context.ownSlugs.has(slug)) return { ...base, anchor: fragment, target: 'unresolved' };
  return { ...base, anchor: fragment, target: 'other-guide' };
}

/** `https://howtoharden.com/guides/okta/#11-...`: a guide of the published site. */
function publishedGuideSlug(url: string): string | null {
  return /^https?:\/\/[^/]+\/guides\/([^/#?]+)\/?#/i.exec(url)?.[1] ?? null;
}

function numberIn(text: string): string | null {
  BARE_NUMBER.lastIndex = 0;
  const match = BARE_NUMBER.exec(text);
  BARE_NUMBER.lastIndex = 0;
  return match?.[1] ?? null;
}

function linksIn(nodes: readonly PhrasingContent[]): Link[] {
  const found: Link[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'link') found.push(node);
    else if ('children' in node) for (const child of node.children) walk(child);
  };
  for (const node of nodes) walk(node);
  return found;
}

function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
