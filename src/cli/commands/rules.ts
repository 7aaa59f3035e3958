import { allRuleMetas } from '../../core/rules/registry.ts';
import { EXIT, type CliContext } from '../context.ts';

/** `hardmap rules`: the registry as a table (id, default severity, fixer, description), for contributors choosing what to configure. */
export async function rulesCommand(_argv: string[], context: CliContext): Promise<number> {
  const width = Math.max(...allRuleMetas().map((meta) => meta.id.length));
  const fixerWidth = Math.max(...allRuleMetas().map((meta) => (meta.fixer ? `fix: ${meta.fixer.id}` : '').length));
  for (const meta of allRuleMetas()) {
    const fix = meta.fixer ? `fix: ${meta.fixer.id}` : '';
    context.stdout.write(`${meta.id.padEnd(width)}  ${meta.severity.padEnd(7)}  ${fix.padEnd(fixerWidth)}  ${meta.description}\n`);
  }
  return EXIT.ok;
}
