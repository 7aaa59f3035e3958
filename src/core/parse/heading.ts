import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { StatusMark } from '../model/block.ts';
import type { SourceText } from './source.ts';

/**
 * Liquid tags in a heading (`#### ClickOps Implementation{% include status-mark.html ... %}`) are
 * rendered by Jekyll before kramdown sees the heading, and the status mark renders no text: they
 * are no part of the heading's name or its anchor.
 */
const LIQUID_TAG = /\{%-?[\s\S]*?-?%\}/g;
const STATUS_MARK = /\{%-?\s*include\s+status-mark\.html\b([\s\S]*?)-?%\}/;
const PARAM = /([\w-]+)\s*=\s*"([^"]*)"/g;

/** The heading's name: its text without Liquid tags, whitespace collapsed. */
export function headingText(heading: Heading): string {
  return toString(heading).replace(LIQUID_TAG, '').replace(/\s+/g, ' ').trim();
}

/**
 * The text the anchor is made from: Liquid tags dropped but not the space before one, because
 * kramdown builds the anchor from the raw heading text (`ClickOps Implementation {% ... %}` gives
 * `clickops-implementation-`, as on the published page).
 */
export function anchorText(heading: Heading): string {
  const text = toString(heading);
  return text.includes('{%') ? text.replace(LIQUID_TAG, '').replace(/^\s+/, '') : text;
}

/** The `status-mark.html` include on a heading's line, read from the source so its place is exact. */
export function statusMark(heading: Heading, source: SourceText): StatusMark | null {
  const start = heading.position?.start.offset;
  const end = heading.position?.end.offset;
  if (start === undefined || end === undefined) return null;
  const line = source.text.slice(start, end);
  const match = STATUS_MARK.exec(line);
  if (!match) return null;
  const params: Record<string, string> = {};
  for (const param of (match[1] ?? '').matchAll(PARAM)) params[param[1] ?? ''] = param[2] ?? '';
  return {
    status: params['status'] ?? 'ai-validated',
    evidence: params['evidence'] ?? null,
    date: params['date'] ?? null,
    value: match[0],
    position: source.position(start + match.index, start + match.index + match[0].length),
  };
}
