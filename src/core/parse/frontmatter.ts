import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { FrontmatterBlock } from '../model/guide.ts';
import type { Position } from '../model/position.ts';
import type { ParseProblem } from './problems.ts';
import type { SourceText } from './source.ts';

/** Keys that would reach Object.prototype if copied naively into a plain object. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parse the YAML frontmatter with the `yaml` package (not gray-matter) because diagnostics must
 * point at the key that is wrong, and only `yaml` reports node ranges.
 * `yamlStart` is the offset of the first character after the opening `---` line.
 */
export function parseFrontmatter(yamlText: string, yamlStart: number, block: Position, source: SourceText): { frontmatter: FrontmatterBlock | null; problems: ParseProblem[] } {
  const problems: ParseProblem[] = [];
  const at = (range: readonly number[] | undefined | null): Position =>
    range ? source.position(yamlStart + (range[0] ?? 0), yamlStart + (range[1] ?? range[0] ?? 0)) : block;
  const document = parseDocument(yamlText, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: true, strict: true });
  for (const error of document.errors) {
    problems.push({ ruleId: 'frontmatter-yaml', message: `Malformed YAML frontmatter: ${firstLine(error.message)}`, position: at(error.pos) });
  }
  if (document.errors.length > 0) return { frontmatter: null, problems };
  // Warnings (an unknown tag such as `!include`) were dropped: the value was then read as if the
  // tag were not there. Each is reported where it is; the frontmatter is still read.
  for (const warning of document.warnings) problems.push({ ruleId: 'frontmatter-yaml', message: yamlWarningMessage(warning), position: at(warning.pos) });
  const contents = document.contents;
  if (contents !== null && !isMap(contents)) {
    problems.push({ ruleId: 'frontmatter-yaml', message: 'Unexpected frontmatter that is not a mapping of keys to values, expected `key: value` lines', position: at(rangeOf(contents)) });
    return { frontmatter: null, problems };
  }
  const data: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const keyPositions: Record<string, Position> = Object.create(null) as Record<string, Position>;
  const valuePositions: Record<string, Position> = Object.create(null) as Record<string, Position>;
  for (const pair of contents?.items ?? []) {
    const keyNode = pair.key as YamlNode | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    if (UNSAFE_KEYS.has(key)) {
      problems.push({ ruleId: 'frontmatter-schema', message: `Unexpected frontmatter key \`${key}\`, expected a plain field name`, position: at(rangeOf(keyNode)), actual: key });
      continue;
    }
    try {
      // maxAliasCount bounds "billion laughs" alias expansion; the yaml package throws past it.
      data[key] = (pair.value as YamlNode | null)?.toJS(document, { maxAliasCount: 50 }) ?? null;
    } catch (error) {
      problems.push({ ruleId: 'frontmatter-yaml', message: `Unexpected YAML value for \`${key}\`: ${firstLine((error as Error).message)}`, position: at(rangeOf(pair.value as YamlNode | null)) });
      continue;
    }
    keyPositions[key] = at(rangeOf(keyNode));
    valuePositions[key] = at(rangeOf(pair.value as YamlNode | null) ?? rangeOf(keyNode));
  }
  return { frontmatter: { data: { ...data }, keyPositions: { ...keyPositions }, valuePositions: { ...valuePositions }, position: block }, problems };
}

/** `Unexpected YAML tag \`!foo\`, expected a plain value (tags are not supported)`, or the parser's own words. */
export function yamlWarningMessage(warning: { code: string; message: string }): string {
  const tag = /Unresolved tag: (\S+)/.exec(warning.message)?.[1];
  if (warning.code === 'TAG_RESOLVE_FAILED' && tag) return `Unexpected YAML tag \`${tag}\`, expected a plain value (tags are not supported)`;
  return `Unexpected YAML: ${firstLine(warning.message)}`;
}

function rangeOf(node: YamlNode | null | undefined): readonly number[] | undefined {
  return node && typeof node === 'object' && 'range' in node ? (node.range ?? undefined) : undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}
