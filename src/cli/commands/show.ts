import { parseArgs } from 'node:util';
import type { Guide } from '../../core/model/guide.ts';
import { frameworkInfo } from '../../core/frameworks/registry.ts';
import { DEFAULT_CHECK_OPTIONS } from '../../core/rules/run-rules.ts';
import { analyzed } from '../guides.ts';
import { EXIT, UsageError, type CliContext } from '../context.ts';
import { formatPlace } from '../reporters/stylish.ts';
import { visible, visibleLines } from '../terminal.ts';

export const SHOW_HELP = `Usage: hardmap show <file> [--json]

Print the control model of one guide: sections, controls, levels, mappings and quick reference.
With --json, print the full model (every field with its source position).
`;

export async function showCommand(argv: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    context.stdout.write(SHOW_HELP);
    return EXIT.ok;
  }
  const [path] = positionals;
  if (!path || positionals.length > 1) throw new UsageError('show expects exactly one guide file');
  const [entry] = await analyzed([path], context, DEFAULT_CHECK_OPTIONS);
  if (!entry) throw new UsageError(`show expects a guide file, not a runbook: ${path}`);
  const { guide, result } = entry;
  // A file that was not read (or not within the budget) has no model to show; say why instead of printing an empty one.
  const limit = result.diagnostics.find((d) => d.ruleId === 'input-limit');
  if (limit) {
    context.stderr.write(`hardmap show: ${visible(path)}:${formatPlace(limit.place)}: ${visible(limit.message)} [input-limit]\n`);
    return EXIT.findings;
  }
  context.stdout.write(values.json ? `${JSON.stringify(guide, null, 2)}\n` : visibleLines(describeGuide(guide)));
  return EXIT.ok;
}

/** A human-readable outline of the model. */
export function describeGuide(guide: Guide): string {
  const lines: string[] = [];
  lines.push(`${guide.title} (${guide.slug})`, `  vendor ${guide.frontmatter?.fields.vendor ?? '?'}, version ${guide.frontmatter?.fields.version ?? '?'}, ${guide.controls.length} controls`);
  for (const section of guide.sections) {
    lines.push(`${section.number ? `${section.number}. ` : ''}${section.title}  #${section.anchor}`);
    for (const number of section.controls) {
      const control = guide.controls.find((candidate) => candidate.number === number);
      if (!control) continue;
      lines.push(`  ${control.number} ${control.title}  [${control.level?.level ?? 'no level'}]  #${control.anchor}`);
      const byFramework = new Map<string, string[]>();
      for (const mapping of control.mappings) byFramework.set(mapping.framework, [...(byFramework.get(mapping.framework) ?? []), mapping.id]);
      for (const [framework, ids] of byFramework) lines.push(`      ${frameworkInfo(framework)?.short ?? framework}: ${[...new Set(ids)].join(', ')}`);
      const steps = control.clickOps?.steps.length ?? 0;
      lines.push(`      ${steps} ClickOps steps, ${control.code.length} code blocks${control.timeToComplete ? `, ${control.timeToComplete.text}` : ''}`);
    }
  }
  for (const table of guide.quickReference?.tables ?? []) {
    const unresolved = table.rows.filter((row) => row.sections.some((ref) => ref.resolvedControl === null)).length;
    lines.push(`Quick reference: ${table.heading}: ${table.rows.length} rows${unresolved ? `, ${unresolved} unresolved` : ''}`);
  }
  if (guide.changelog) lines.push(`Changelog: ${guide.changelog.length} entries, newest ${guide.changelog[0]?.version.text ?? '?'} on ${guide.changelog[0]?.date.text ?? '?'}`);
  return `${lines.join('\n')}\n`;
}
