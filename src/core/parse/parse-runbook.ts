import type { Root } from 'mdast';
import type { List, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Runbook } from '../model/runbook.ts';
import { blockOf, labelLines } from './blocks.ts';
import { decodeSource } from './decode.ts';
import { collectHeadings, collectInline } from './document.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { RunbookFieldsSchema, typedFields } from '../model/frontmatter.ts';
import { checkParseLimits, tooLargeProblem } from './guard.ts';
import { parseMarkdown } from './markdown.ts';
import { outline } from './outline.ts';
import type { ParseProblem } from './problems.ts';
import { SourceText, positionOf } from './source.ts';

export interface ParsedRunbook {
  runbook: Runbook;
  problems: ParseProblem[];
  text: string;
  /** The Markdown tree (absent when the file was not parsed), for rendering without a second parse. */
  root?: Root;
}

const KNOWN: Record<string, 'symptoms' | 'likelyCause' | 'recoveryOptions' | 'validationChecklist' | 'notes'> = {
  symptoms: 'symptoms',
  'likely cause': 'likelyCause',
  'likely causes': 'likelyCause',
  'recovery options': 'recoveryOptions',
  'validation checklist': 'validationChecklist',
  notes: 'notes',
};

/** Pure: a runbook not read because its size is over the limit: an empty model and one `input-limit` problem. */
export function tooLargeRunbook(path: string, size: number, limit: number): ParsedRunbook {
  const empty = parseRunbook('', path);
  return { ...empty, problems: [tooLargeProblem(size, limit, new SourceText(''))] };
}

/** Pure: one runbook file to its model. Shares decoding, limits and frontmatter reading with guides. */
export function parseRunbook(input: Uint8Array | string, path: string): ParsedRunbook {
  const decoded = decodeSource(input);
  const source = new SourceText(decoded.text);
  const problems: ParseProblem[] = [...decoded.problems];
  const slug = (path.split(/[\\/]/).pop() ?? path).replace(/\.(md|markdown)$/i, '');
  const runbook: Runbook = { path, slug, title: slug, frontmatter: null, appliesTo: [], symptoms: null, likelyCause: null, recoveryOptions: [], validationChecklist: null, notes: null, other: [], directives: [], lineCount: source.lineCount };
  if (decoded.binary) return { runbook, problems, text: decoded.text };
  if (decoded.text.trim() === '') {
    problems.push({ ruleId: 'input-empty', message: 'Unexpected empty file, expected a runbook with frontmatter and sections', position: source.position(0, 0) });
    return { runbook, problems, text: decoded.text };
  }
  const limits = checkParseLimits(source);
  if (limits.length > 0) return { runbook, problems: [...problems, ...limits], text: decoded.text };
  const root = parseMarkdown(decoded.text);
  const yamlNode = root.children[0]?.type === 'yaml' ? (root.children[0] as Yaml) : null;
  if (yamlNode?.position) {
    const blockStart = yamlNode.position.start.offset ?? 0;
    const parsed = parseFrontmatter(yamlNode.value, decoded.text.indexOf('\n', blockStart) + 1, source.position(blockStart, yamlNode.position.end.offset ?? blockStart), source);
    runbook.frontmatter = parsed.frontmatter && { ...parsed.frontmatter, fields: typedFields(RunbookFieldsSchema, parsed.frontmatter.data) };
    problems.push(...parsed.problems);
  }
  const fields = runbook.frontmatter?.fields;
  if (fields?.title !== undefined) runbook.title = fields.title;
  if (fields?.slug) runbook.slug = fields.slug;
  runbook.appliesTo = appliesTo(runbook, source);
  runbook.directives = collectInline(root, source, { toc: null, quickReference: null }).directives;
  const { anchors } = collectHeadings(root, source);
  for (const section of outline(root).sections) {
    const kind = KNOWN[section.text.toLowerCase()];
    const block = blockOf(section, source, anchors);
    if (kind === 'recoveryOptions') {
      runbook.recoveryOptions = section.entries.map((entry) => {
        const option = blockOf(entry, source, anchors);
        const tradeOffs = entry.nodes.flatMap((node) => labelLines(node, source)).find((line) => /^trade-?offs?$/i.test(line.label));
        const tradeNode = entry.nodes.find((node) => labelLines(node, source).some((line) => /^trade-?offs?$/i.test(line.label)));
        const after = tradeNode ? entry.nodes[entry.nodes.indexOf(tradeNode) + 1] : undefined;
        return {
          ...option,
          number: Number(/^option\s+(\d+)/i.exec(entry.text)?.[1] ?? Number.NaN) || null,
          tradeOffs: tradeOffs ? (tradeOffs.value ? { text: tradeOffs.value, position: source.position(tradeOffs.valueStart, tradeOffs.valueEnd) } : after ? { text: toString(after), position: positionOf(after, source) } : null) : null,
        };
      });
    } else if (kind === 'validationChecklist') {
      // Task-list syntax (`- [ ] item`) is read here rather than by a GFM extension the guides do not need.
      const items = section.nodes.filter((node): node is List => node.type === 'list').flatMap((list) => list.children.map((item) => {
        const text = toString(item).trim();
        const box = /^\[([ xX])\]\s*/.exec(text);
        return { text: box ? text.slice(box[0].length) : text, checked: item.checked === true || (box?.[1] ?? ' ').toLowerCase() === 'x', position: positionOf(item, source) };
      }));
      runbook.validationChecklist = { ...block, items };
    } else if (kind) runbook[kind] = block;
    else if (section.heading) runbook.other.push(block);
  }
  return { runbook, problems, text: decoded.text, root };
}

function appliesTo(runbook: Runbook, source: SourceText): Runbook['appliesTo'] {
  const value = runbook.frontmatter?.fields.applies_to;
  if (!value) return [];
  const place = runbook.frontmatter?.valuePositions['applies_to'] ?? runbook.frontmatter?.position ?? source.position(0, 0);
  return value.map((text) => {
    const [guide = '', control = ''] = text.split('#');
    // Point at the list item when it can be found in the YAML, else at the key's value.
    const at = source.text.indexOf(text, place.start.offset);
    const position = at !== -1 && at <= place.end.offset ? source.position(at, at + text.length) : place;
    return { guide, control, text, position };
  });
}
