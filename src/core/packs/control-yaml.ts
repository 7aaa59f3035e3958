import { parseFrontmatter } from '../parse/frontmatter.ts';
import { SourceText } from '../parse/source.ts';
import type { Position } from '../model/position.ts';
import type { ControlYaml, MarkerProblem } from './model.ts';

/**
 * A control definition (`controls/*.yaml`) through the frontmatter's YAML reader, so every value
 * keeps its place: rules point at `profile_level: 2` or at the `nist_800_53:` line that drifted.
 */
export function parseControlYaml(path: string, text: string): ControlYaml {
  const source = new SourceText(text);
  const whole = source.position(0, text.length);
  const { frontmatter, problems: yamlProblems } = parseFrontmatter(text, 0, whole, source);
  const problems: MarkerProblem[] = yamlProblems.map((p) => ({ message: p.message.replace(/YAML frontmatter/g, 'control YAML').replace(/frontmatter/gi, 'control YAML'), position: p.position, actual: p.actual ?? '' }));
  const data = frontmatter?.data ?? {};
  const at = (key: string): Position => frontmatter?.valuePositions[key] ?? whole;
  const located = <T>(key: string, value: T | null): { value: T; position: Position } | null => (value === null ? null : { value, position: at(key) });
  const string = (key: string): string | null => (typeof data[key] === 'string' ? data[key] : typeof data[key] === 'number' ? String(data[key]) : null);
  const level = typeof data['profile_level'] === 'number' && Number.isInteger(data['profile_level']) ? data['profile_level'] : null;
  if (data['profile_level'] !== undefined && level === null) problems.push({ message: `Unexpected profile_level \`${String(data['profile_level'])}\`, expected 1, 2 or 3`, position: at('profile_level'), actual: String(data['profile_level']) });
  return {
    path,
    id: string('id'),
    section: located('section', string('section')),
    profileLevel: located('profile_level', level),
    guideUrl: located('guide_url', string('guide_url')),
    title: string('title'),
    compliance: complianceOf(data['compliance'], frontmatter ? at('compliance') : null, source),
    audit: Array.isArray(data['audit']) ? data['audit'].filter(isRecord).map((check) => ({ id: String(check['id'] ?? ''), description: String(check['description'] ?? '') })) : [],
    remediate: isRecord(data['remediate']) ? Object.keys(data['remediate']) : [],
    problems,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Each `compliance:` list, placed at its own key line inside the block (the reader places top-level keys only). */
function complianceOf(value: unknown, block: Position | null, source: SourceText): ControlYaml['compliance'] {
  const lists: ControlYaml['compliance'] = {};
  if (!isRecord(value) || !block) return lists;
  const span = source.text.slice(block.start.offset, block.end.offset);
  for (const [key, ids] of Object.entries(value)) {
    if (!Array.isArray(ids)) continue;
    const line = new RegExp(`(^|\\n[ \\t]*)(${key.replace(/[^\w]/g, '\\$&')})[ \\t]*:[^\\n]*`).exec(span);
    const start = block.start.offset + (line ? line.index + (line[1]?.length ?? 0) : 0);
    const end = line ? block.start.offset + line.index + line[0].length : block.end.offset;
    lists[key] = { values: ids.map(String), position: source.position(start, end) };
  }
  return lists;
}
