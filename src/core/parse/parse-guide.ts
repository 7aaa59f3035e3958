import type { Root, Yaml } from 'mdast';
import type { Guide } from '../model/guide.ts';
import type { Control } from '../model/control.ts';
import type { Section } from '../model/document.ts';
import { blockOf, blockOfNodes, type AnchorMap } from './blocks.ts';
import { parseChangelog } from './changelog.ts';
import { claimsControl, parseControl } from './control.ts';
import { entryNumber } from './control-number.ts';
import { decodeSource, type DecodedSource } from './decode.ts';
import { collectHeadings, collectInline } from './document.ts';
import { collectIncludes } from './includes.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { guideOutline } from './guide-outline.ts';
import { GuideFieldsSchema, typedFields } from '../model/frontmatter.ts';
import { checkParseLimits, tooLargeProblem } from './guard.ts';
import { parseMarkdown } from './markdown.ts';
import { outline, type EntryChunk, type SectionChunk } from './outline.ts';
import type { ParseProblem } from './problems.ts';
import { parseQuickReference } from './quickref.ts';
import { parseReferences } from './references.ts';
import { resolveQuickReference } from './resolve.ts';
import { positionOf, SourceText } from './source.ts';

export interface ParsedGuide {
  guide: Guide;
  problems: ParseProblem[];
  /** The decoded text the positions refer to (BOM removed, lone CR line endings as LF). */
  text: string;
  /** The file's text when it differs from `text` (lone CR line endings): what `fix` edits, offsets being the same. */
  original?: string;
  bom: boolean;
  /** The Markdown tree the model was read from (absent when the file was not parsed), for rendering without a second parse. */
  root?: Root;
}

/**
 * A file that was not parsed because its analysis was stopped (time or memory budget): its decoded
 * text, an empty model, and the problem that says why, placed by `problem` in that text.
 */
export function unparsedGuide(input: Uint8Array | string, path: string, problem: (source: SourceText) => ParseProblem): ParsedGuide {
  const decoded = decodeSource(input);
  const source = new SourceText(decoded.text);
  return { guide: emptyGuide(path, source), problems: [...decoded.problems, problem(source)], ...fileText(decoded) };
}

/**
 * Pure: the model of a file that was not read because its size, known from `stat`, is over the
 * limit: an empty guide and one `input-limit` problem at 1:1. Reading it first would need memory
 * in proportion to the file (a 1.9 GB guide took 5.9 GB) only to refuse it afterwards.
 */
export function tooLargeGuide(path: string, size: number, limit: number): ParsedGuide {
  return unparsedGuide('', path, (source) => tooLargeProblem(size, limit, source));
}

const SECTION_HEADING = /^(?:(\d+)\.?|appendix\s+([A-Z])\s*[:.\-–—]?)\s+(.*)$/i;

/** Pure: one guide file in (bytes or text), the typed model and parse problems out. Never throws. */
export function parseGuide(input: Uint8Array | string, path: string): ParsedGuide {
  const decoded = decodeSource(input);
  const source = new SourceText(decoded.text);
  const problems: ParseProblem[] = [...decoded.problems];
  const empty = emptyGuide(path, source);
  const file = fileText(decoded);
  if (decoded.binary) return { guide: empty, problems, ...file };
  if (decoded.text.trim() === '') {
    problems.push({ ruleId: 'input-empty', message: 'Unexpected empty file, expected a guide with frontmatter and controls', position: source.position(0, 0) });
    return { guide: empty, problems, ...file };
  }
  const limits = checkParseLimits(source);
  if (limits.length > 0) return { guide: empty, problems: [...problems, ...limits], ...file };

  const root = parseMarkdown(decoded.text);
  const yamlNode = root.children[0]?.type === 'yaml' ? (root.children[0] as Yaml) : null;
  let frontmatter: Guide['frontmatter'] = null;
  if (yamlNode?.position) {
    const blockStart = yamlNode.position.start.offset ?? 0;
    const yamlStart = decoded.text.indexOf('\n', blockStart) + 1;
    const parsed = parseFrontmatter(yamlNode.value, yamlStart, source.position(blockStart, yamlNode.position.end.offset ?? blockStart), source);
    frontmatter = parsed.frontmatter && { ...parsed.frontmatter, fields: typedFields(GuideFieldsSchema, parsed.frontmatter.data) };
    problems.push(...parsed.problems);
  }
  const { headings, anchors } = collectHeadings(root, source);
  const { sections: chunks } = outline(root);
  const sections: Section[] = [];
  const controls: Control[] = [];
  let quickReference: Guide['quickReference'] = null;
  let changelog: Guide['changelog'] = null;
  let changelogPosition: Guide['changelogPosition'] = null;
  let references: Guide['references'] = [];
  let toc: SectionChunk | null = null;
  for (const chunk of chunks) {
    const match = SECTION_HEADING.exec(chunk.text);
    const number = match ? (match[1] ?? match[2]?.toUpperCase() ?? null) : null;
    const title = match ? (match[3] ?? '').trim() : chunk.text;
    const section: Section = {
      number,
      title,
      heading: chunk.text,
      anchor: chunk.heading ? (anchors.get(chunk.heading) ?? '') : '',
      controls: [],
      notes: [],
      intro: blockOfNodes(chunk.nodes, source),
      others: [],
      body: number === null ? blockOf(chunk, source, anchors) : null,
      position: blockOf(chunk, source, anchors).position,
    };
    sections.push(section);
    if (/quick reference/i.test(title)) quickReference = parseQuickReference(chunk, source, anchors, { ownSlugs: ownSlugs(path, frontmatter?.fields.slug) });
    else if (/^changelog$/i.test(title)) {
      changelog = parseChangelog(chunk, source);
      changelogPosition = section.position;
    } else if (/^table of contents$/i.test(title)) toc = chunk;
    else if (/references/i.test(title)) references = [...references, ...parseReferences(chunk, source)];
    if (quickReference && /quick reference/i.test(title)) {
      for (const entry of chunk.entries) if (entry.heading) section.others.push(blockOf(entry, source, anchors));
      continue;
    }
    for (const entry of chunk.entries) readEntry(entry, section, source, anchors, controls, problems);
  }
  const tocSection = toc ? sections.find((section) => section.heading === toc?.text) : undefined;
  const inline = collectInline(root, source, { toc: tocSection?.position ?? null, quickReference: quickReference?.position ?? null });
  const fields = frontmatter?.fields;
  const guide: Guide = {
    ...empty,
    slug: fields?.slug || empty.slug,
    frontmatter,
    title: fields?.title ?? headings[0]?.text ?? empty.title,
    headings,
    outline: [],
    sections,
    controls,
    quickReference: quickReference ? resolveQuickReference(quickReference, controls, headings) : null,
    references,
    changelog,
    changelogPosition,
    ...inline,
    includes: collectIncludes(root, source, controls),
  };
  guide.outline = guideOutline(headings, sections, controls, guide.quickReference);
  return { guide, problems, ...file, root };
}

/** A link to one of these is a link into the guide itself. */
function ownSlugs(path: string, slug: string | undefined): Set<string> {
  const base = (path.split(/[\\/]/).pop() ?? path).replace(/\.(md|markdown)$/i, '');
  return new Set(slug ? [base, slug] : [base]);
}

/**
 * One `###` entry: a control when it has a number and a level or mappings, a numbered note when it
 * has a number only. An entry that says it is a control but whose number cannot be read is an
 * error, never dropped without a word; an ambiguous number is kept as written and flagged.
 */
function readEntry(entry: EntryChunk, section: Section, source: SourceText, anchors: AnchorMap, controls: Control[], problems: ParseProblem[]): void {
  const numbered = entryNumber(entry.text);
  const control = numbered ? parseControl(entry, numbered, section.number, source, anchors, problems) : null;
  const place = entry.heading ? positionOf(entry.heading, source) : section.position;
  const expected = `### ${section.number ?? '1'}.N ${numbered?.title ?? entry.text}`;
  if (control && numbered) {
    controls.push(control);
    section.controls.push(control.number);
    if (numbered.form === 'ambiguous') {
      problems.push({ ruleId: 'control-number-invalid', message: `Unexpected control number \`${numbered.number}\` in control heading \`${entry.text}\`: kept as written, but it does not read as one number, expected the form \`${expected}\``, position: place, actual: numbered.number, expected: [expected] });
    }
  } else if (numbered && numbered.form !== 'ambiguous') {
    section.notes.push({ ...blockOf(entry, source, anchors), number: numbered.number });
  } else if (entry.heading) {
    section.others.push(blockOf(entry, source, anchors));
    const claim = numbered ? null : claimsControl(entry, source);
    if (claim) problems.push({ ruleId: 'control-number-invalid', message: `Unexpected heading \`${entry.text}\` with ${claim} but no control number: not read as a control, expected the form \`${expected}\``, position: place, actual: entry.text, expected: [expected] });
  }
}

function fileText(decoded: DecodedSource): Pick<ParsedGuide, 'text' | 'original' | 'bom'> {
  return { text: decoded.text, bom: decoded.bom, ...(decoded.original === undefined ? {} : { original: decoded.original }) };
}

function emptyGuide(path: string, source: SourceText): Guide {
  const base = path.split(/[\\/]/).pop() ?? path;
  const slug = base.replace(/\.(md|markdown)$/i, '');
  return {
    path, slug, frontmatter: null, title: slug, headings: [], outline: [], sections: [], controls: [], quickReference: null,
    references: [], changelog: null, changelogPosition: null, links: [], includes: [], html: [], directives: [], lineCount: source.lineCount,
  };
}
