import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ClickOpsStep, StepItem } from '../model/control.ts';
import type { SourceText } from './source.ts';
import { positionOf } from './source.ts';

const STEP_HEADING = /^step\s+(\d+)\s*[:.\-–—]?\s*(.*)$/i;
const ARROW = /\s*(?:→|->|➔|⟶|›|»|\s>\s)\s*/;

/**
 * ClickOps steps: `**Step N: Title**` paragraphs, each followed by lists. Lists that come before
 * any step heading form an untitled step 1, so guides without step headings still yield steps.
 */
export function parseSteps(nodes: RootContent[], source: SourceText): ClickOpsStep[] {
  const steps: ClickOpsStep[] = [];
  let current: ClickOpsStep | null = null;
  for (const node of nodes) {
    const heading = node.type === 'paragraph' ? STEP_HEADING.exec(toString(node).trim()) : null;
    if (heading) {
      current = { number: Number(heading[1]), title: (heading[2] ?? '').trim(), items: [], position: positionOf(node, source) };
      steps.push(current);
    } else if (node.type === 'list') {
      if (!current) {
        current = { number: 1, title: '', items: [], position: positionOf(node, source) };
        steps.push(current);
      }
      current.items.push(...listItems(node, source));
      current.position = { start: current.position.start, end: positionOf(node, source).end };
    }
  }
  return steps;
}

function listItems(list: List, source: SourceText): StepItem[] {
  return list.children.map((item) => stepItem(item, source));
}

function stepItem(item: ListItem, source: SourceText): StepItem {
  const paragraphs = item.children.filter((child): child is Paragraph => child.type === 'paragraph');
  const lead = paragraphs[0];
  const text = paragraphs.map((paragraph) => toString(paragraph)).join(' ').replace(/\s+/g, ' ').trim();
  const children = item.children.filter((child): child is List => child.type === 'list').flatMap((list) => listItems(list, source));
  return { text, menuPath: lead ? menuPath(lead.children, text) : null, children, position: positionOf(item, source) };
}

/**
 * The menu path of an item such as `Navigate to: **Admin** → **Users** → **Roles**`. Bold
 * segments joined only by arrows are the path; without bold, the text around arrows is split.
 */
export function menuPath(children: PhrasingContent[], text: string): string[] | null {
  if (!ARROW.test(text)) return null;
  const strong: string[][] = [];
  let run: string[] = [];
  let linkedByArrow = false;
  for (const child of children) {
    if (child.type === 'strong' || child.type === 'inlineCode') {
      const value = toString(child).trim();
      if (run.length > 0 && !linkedByArrow) {
        strong.push(run);
        run = [];
      }
      run.push(value);
      linkedByArrow = false;
    } else if (child.type === 'text') {
      linkedByArrow = /^\s*(?:→|->|➔|⟶|›|»|>)\s*$/.test(child.value);
      if (!linkedByArrow && run.length > 0) {
        strong.push(run);
        run = [];
      }
    }
  }
  if (run.length > 0) strong.push(run);
  const longest = strong.reduce<string[]>((best, candidate) => (candidate.length > best.length ? candidate : best), []);
  if (longest.length >= 2) return longest;
  const afterColon = text.includes(':') ? text.slice(text.indexOf(':') + 1) : text;
  const parts = afterColon.split(ARROW).map((part) => part.replace(/^["'“]|["'”.]$/g, '').trim()).filter(Boolean);
  return parts.length >= 2 ? parts : null;
}
