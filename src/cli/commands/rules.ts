import { ALL_RULE_METAS } from '../../core/rules/registry.ts';
import { EXIT, type CliContext } from '../context.ts';

/** `hardmap rules`: the registry as a table, for contributors choosing what to configure. */
export async function rulesCommand(_argv: string[], context: CliContext): Promise<number> {
  const width = Math.max(...ALL_RULE_METAS.map((meta) => meta.id.length));
  for (const meta of ALL_RULE_METAS) {
    context.stdout.write(`${meta.id.padEnd(width)}  ${meta.severity.padEnd(7)}  ${meta.fixable ? 'fix' : '   '}  ${meta.description}\n`);
  }
  return EXIT.ok;
}
