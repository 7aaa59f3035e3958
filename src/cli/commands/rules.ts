import { RULES } from '../../core/rules/registry.ts';
import { EXIT, type CliContext } from '../context.ts';

/** `hardmap rules`: the registry as a table, for contributors choosing what to configure. */
export async function rulesCommand(_argv: string[], context: CliContext): Promise<number> {
  const width = Math.max(...RULES.map((rule) => rule.meta.id.length));
  for (const rule of RULES) {
    context.stdout.write(`${rule.meta.id.padEnd(width)}  ${rule.meta.severity.padEnd(7)}  ${rule.meta.fixable ? 'fix' : '   '}  ${rule.meta.description}\n`);
  }
  return EXIT.ok;
}
