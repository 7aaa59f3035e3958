import { ALL_RULE_METAS } from '../../core/rules/registry.ts';
import { EXIT, type CliContext } from '../context.ts';

/** `hardmap rules`: the registry as a table (id, default severity, fixer, description), for contributors choosing what to configure. */
export async function rulesCommand(_argv: string[], context: CliContext): Promise<number> {
  const width = Math.max(...ALL_RULE_METAS.map((meta) => meta.id.length));
  const fixerWidth = Math.max(...ALL_RULE_METAS.map((meta) => (meta.fixer ? `fix: ${meta.fixer.id}` : '').length));
  for (const meta of ALL_RULE_METAS) {
    const fix = meta.fixer ? `fix: ${meta.fixer.id}` : '';
    context.stdout.write(`${meta.id.padEnd(width)}  ${meta.severity.padEnd(7)}  ${fix.padEnd(fixerWidth)}  ${meta.description}\n`);
  }
  return EXIT.ok;
}
