import GithubSlugger from 'github-slugger';
import type { Heading, Html, Link as MdLink, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Guide } from '../model/guide.ts';
import type { Heading as ModelHeading, Link } from '../model/document.ts';
import type { Position } from '../model/position.ts';
import { anchorText, headingText, statusMark } from './heading.ts';
import type { SourceText } from './source.ts';
import { positionOf } from './source.ts';
import { forEachNode } from './walk.ts';

/**
 * Headings with GitHub's anchors (lowercase, punctuation dropped, `-1`, `-2` for repeats); Liquid
 * tags on a heading's line are not part of its text or anchor (see heading.ts).
 */
export function collectHeadings(root: Root, source: SourceText): { headings: ModelHeading[]; anchors: Map<Heading, string> } {
  const slugger = new GithubSlugger();
  const headings: ModelHeading[] = [];
  const anchors = new Map<Heading, string>();
  forEachNode(root, (node) => {
    if (node.type !== 'heading') return;
    const anchor = slugger.slug(anchorText(node));
    anchors.set(node, anchor);
    headings.push({ depth: node.depth, text: headingText(node), anchor, mark: statusMark(node, source), position: positionOf(node, source) });
  });
  return { headings, anchors };
}

const DIRECTIVE = /^<!--\s*hardmap-disable-next-line\b([^]*?)-->$/;
const COMMENT = /^<!--[^]*-->$/;

/** Links, raw HTML and hardmap directives, each tagged with the part of the guide it sits in. */
export function collectInline(root: Root, source: SourceText, regions: { toc: Position | null; quickReference: Position | null }): Pick<Guide, 'links' | 'html' | 'directives'> {
  const links: Link[] = [];
  const html: Guide['html'] = [];
  const directives: Guide['directives'] = [];
  const inside = (region: Position | null, offset: number): boolean => region !== null && offset >= region.start.offset && offset <= region.end.offset;
  forEachNode(root, (node) => {
    if (node.type === 'link') {
      const link = node as MdLink;
      const position = positionOf(link, source);
      const hash = link.url.indexOf('#');
      links.push({
        url: link.url,
        text: toString(link),
        anchor: hash === -1 ? null : safeDecode(link.url.slice(hash + 1)),
        context: inside(regions.toc, position.start.offset) ? 'toc' : inside(regions.quickReference, position.start.offset) ? 'quick-reference' : 'body',
        position,
      });
    } else if (node.type === 'html') {
      const value = (node as Html).value.trim();
      const directive = DIRECTIVE.exec(value);
      const position = positionOf(node as Html, source);
      if (directive) {
        const rules = (directive[1] ?? '').split(/[\s,]+/).filter(Boolean);
        directives.push({ line: position.end.line + 1, rules });
      } else if (!COMMENT.test(value)) {
        html.push({ value: (node as Html).value, position });
      }
    }
  });
  return { links, html, directives };
}

function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
