import type { Nodes, Root } from 'mdast';
import type { Control } from '../model/control.ts';
import type { Include } from '../model/include.ts';
import type { SourceText } from './source.ts';
import { forEachNode } from './walk.ts';

const INCLUDE = /\{%-?\s*include\s+([\w./-]+)([\s\S]*?)-?%\}/g;
const PARAM = /([\w-]+)\s*=\s*"([^"]*)"/g;

/**
 * Every Liquid include of the guide, in paragraphs and on heading lines, typed by the template it
 * names. Code and inline code are left alone: a tag there is an example, not an include.
 */
export function collectIncludes(root: Root, source: SourceText, controls: readonly Control[]): Include[] {
  const includes: Include[] = [];
  // Most guides have no Liquid at all: then no paragraph needs its text sliced.
  if (!source.text.includes('{%')) return includes;
  forEachNode(root, (node) => {
    // Paragraphs and headings hold phrasing only, never another paragraph or heading.
    if (node.type !== 'paragraph' && node.type !== 'heading') return true;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return false;
    const text = source.text.slice(start, end);
    if (!text.includes('{%')) return false;
    const code = codeSpans(node);
    for (const match of text.matchAll(INCLUDE)) {
      const at = start + match.index;
      if (code.some(([from, to]) => at >= from && at < to)) continue;
      includes.push(includeOf(match[1] ?? '', match[2] ?? '', match[0], source.position(at, at + match[0].length), node.type === 'heading', controls));
    }
    return false;
  });
  return includes;
}

function codeSpans(node: Nodes): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  forEachNode(node, (code) => {
    if (code.type !== 'inlineCode') return;
    const { start, end } = code.position ?? {};
    if (start?.offset !== undefined && end?.offset !== undefined) spans.push([start.offset, end.offset]);
  });
  return spans;
}

function includeOf(name: string, args: string, value: string, position: Include['position'], inHeading: boolean, controls: readonly Control[]): Include {
  const params: Record<string, string> = {};
  for (const param of args.matchAll(PARAM)) params[param[1] ?? ''] = param[2] ?? '';
  const control = controls.find((c) => c.position.start.offset <= position.start.offset && position.start.offset < Math.max(c.position.end.offset, c.headingPosition.end.offset + 1))?.number ?? null;
  const validatedTypes = (params['validated_types'] ?? '').split(',').map((type) => type.trim()).filter((type) => type !== '');
  const passed = params['mark_status'] !== undefined || params['mark_evidence'] !== undefined || params['mark_date'] !== undefined;
  return {
    name,
    params: { ...params },
    value,
    position,
    control,
    inHeading,
    pack: name === 'pack-code.html'
      ? { vendor: params['vendor'] ?? '', section: params['section'] ?? '', validatedTypes, mark: passed || validatedTypes.length > 0 ? markOf(params['mark_status'], params['mark_evidence'], params['mark_date']) : null }
      : null,
    mark: name === 'status-mark.html' ? markOf(params['status'], params['evidence'], params['date']) : null,
  };
}

/** status-mark.html defaults the status to `ai-validated`. */
function markOf(status: string | undefined, evidence: string | undefined, date: string | undefined): NonNullable<Include['mark']> {
  return { status: status || 'ai-validated', evidence: evidence ?? null, date: date ?? null };
}
