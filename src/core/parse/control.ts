import type { RootContent } from 'mdast';
import type { Block } from '../model/block.ts';
import type { Control, ProfileLevel } from '../model/control.ts';
import type { LocatedText } from '../model/position.ts';
import { blockOf, labelLines, type AnchorMap } from './blocks.ts';
import { codeBlocks } from './code.ts';
import type { EntryNumber } from './control-number.ts';
import { parseProfileLevel } from './level.ts';
import { isMappingTable, mappingsFromLabelLine, mappingsFromTable, type MappingSink } from './mappings.ts';
import { chunkNodes, type Chunk, type EntryChunk } from './outline.ts';
import type { ParseProblem } from './problems.ts';
import type { SourceText } from './source.ts';
import { positionOf } from './source.ts';
import { parseSteps } from './steps.ts';

/** `1.1`, `2.1.1`, `A.1` followed by the title (the standard form; see control-number.ts for the others). */
export const CONTROL_HEADING = /^((?:\d+|[A-Z])(?:\.\d+)+)\.?\s+(.+)$/;

const SUBSECTION_KINDS: Array<[RegExp, 'description' | 'rationale' | 'prerequisites' | 'clickOps' | 'validation' | 'mappings']> = [
  [/^description$/i, 'description'],
  [/^rationale/i, 'rationale'],
  [/^prerequisites?/i, 'prerequisites'],
  // `#### Implementation` is how several real guides title their ClickOps steps.
  [/^(click-?ops|((manual|console|ui|gui)\s+)?implementation$)/i, 'clickOps'],
  [/^validation/i, 'validation'],
  [/mappings?$/i, 'mappings'],
];

function kindOf(chunk: Chunk): (typeof SUBSECTION_KINDS)[number][1] | null {
  return SUBSECTION_KINDS.find(([pattern]) => pattern.test(chunk.text))?.[1] ?? null;
}

/** Read one numbered `###` entry as a control. Returns null when it carries no level and no mappings. */
export function parseControl(entry: EntryChunk, numbered: EntryNumber, sectionNumber: string | null, source: SourceText, anchors: AnchorMap, problems: ParseProblem[]): Control | null {
  const heading = entry.heading;
  if (!heading) return null;
  let level: ProfileLevel | null = null;
  let timeToComplete: LocatedText | null = null;
  const sink: MappingSink = { mappings: [], unparsed: [] };
  const { mappings } = sink;
  const blocks: Partial<Record<'description' | 'rationale' | 'prerequisites' | 'clickOps' | 'validation', Block>> = {};
  const subsections: Block[] = [];
  const scanLabelLines = (nodes: RootContent[], inlineMappings: boolean, mappingContext = false): void => {
    for (const node of nodes) {
      // Mapping lines also come as bullets (`- **NIST 800-53:** SA-12`) under Compliance Mappings.
      const lines = node.type === 'list' ? node.children.flatMap((item) => item.children.flatMap((child) => labelLines(child, source))) : labelLines(node, source);
      for (const line of lines) {
        const label = line.label.toLowerCase();
        if (label === 'profile level' && !level) {
          const parsed = parseProfileLevel(line.value, source.position(line.valueStart, line.valueEnd));
          level = parsed.level;
          if (parsed.problem) problems.push({ ruleId: 'profile-level', message: parsed.problem, position: parsed.level.position, actual: line.value });
        } else if (label === 'time to complete' && !timeToComplete) {
          timeToComplete = { text: line.value, position: source.position(line.valueStart, line.valueEnd) };
        } else if (inlineMappings || mappingContext) {
          mappingsFromLabelLine(line, source, inlineMappings ? 'inline' : 'compliance-mappings', sink);
        }
      }
      if (node.type === 'table' && isMappingTable(node)) mappingsFromTable(node, inlineMappings ? 'framework-table' : 'compliance-mappings', source, sink);
    }
  };
  scanLabelLines(entry.nodes, true);
  for (const sub of entry.subsections) {
    const kind = kindOf(sub);
    if (kind === 'mappings') scanLabelLines(sub.nodes, false, true);
    else {
      scanLabelLines(sub.nodes.filter((node) => node.type === 'paragraph'), false);
      if (kind && !blocks[kind]) blocks[kind] = blockOf(sub, source, anchors);
      else subsections.push(blockOf(sub, source, anchors));
    }
  }
  if (!level && mappings.length === 0 && sink.unparsed.length === 0) return null;
  const clickOpsChunk = entry.subsections.find((sub) => kindOf(sub) === 'clickOps');
  const rationale = blocks.rationale ? rationaleOf(blocks.rationale, entry.subsections.find((sub) => kindOf(sub) === 'rationale'), source) : null;
  const all = chunkNodes(entry);
  return {
    number: numbered.number,
    title: numbered.title,
    anchor: anchors.get(heading) ?? '',
    sectionNumber,
    headingPosition: positionOf(heading, source),
    level,
    mappings,
    unparsedMappings: sink.unparsed,
    description: blocks.description ?? null,
    rationale,
    prerequisites: blocks.prerequisites ?? null,
    clickOps: blocks.clickOps && clickOpsChunk ? { ...blocks.clickOps, steps: parseSteps(clickOpsChunk.nodes, source) } : null,
    code: codeBlocks(all, source),
    timeToComplete,
    validation: blocks.validation ?? null,
    subsections,
    position: source.position(heading.position?.start.offset ?? 0, all.at(-1)?.position?.end.offset ?? 0),
  };
}

function rationaleOf(block: Block, chunk: Chunk | undefined, source: SourceText): NonNullable<Control['rationale']> {
  let whyItMatters: LocatedText | null = null;
  let attackPrevented: LocatedText | null = null;
  const nodes = chunk?.nodes ?? [];
  nodes.forEach((node, index) => {
    for (const line of labelLines(node, source)) {
      const label = line.label.toLowerCase();
      // A label alone on its line introduces the list that follows (`**Why This Matters:**` + bullets).
      const next = nodes[index + 1];
      const located: LocatedText = line.value
        ? { text: line.value, position: source.position(line.valueStart, line.valueEnd) }
        : next && next.type === 'list'
          ? { text: source.slice(positionOf(next, source)), position: positionOf(next, source) }
          : { text: '', position: source.position(line.valueStart, line.valueEnd) };
      if (label === 'why this matters' && !whyItMatters) whyItMatters = located;
      if (label.startsWith('attack') && !attackPrevented) attackPrevented = located;
    }
  });
  return { ...block, whyItMatters, attackPrevented };
}

/**
 * What makes an entry say it is a control: a `**Profile Level:**` line or a `| Framework | Control |`
 * table. Inline `**NIST 800-53:**` lines alone are not enough, since overview notes use them too.
 */
export function claimsControl(entry: EntryChunk, source: SourceText): 'a profile level line' | 'a mapping table' | null {
  const nodes = [...entry.nodes, ...entry.subsections.flatMap((sub) => sub.nodes)];
  if (nodes.some((node) => labelLines(node, source).some((line) => line.label.toLowerCase() === 'profile level'))) return 'a profile level line';
  return nodes.some((node) => node.type === 'table' && isMappingTable(node)) ? 'a mapping table' : null;
}
