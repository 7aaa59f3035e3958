import type { PackRule } from './types.ts';

export const rule: PackRule = {
  meta: {
    id: 'pack-shell-syntax',
    description: 'Shell scripts of the packs parse (`bash -n`); checked only with `--packs-deep`.',
    severity: 'error',
    docs: '`hardmap check --packs-deep` runs `bash -n` (parse only, nothing is executed) on every `.sh` file of the packs and reports what bash says, at the line it names. It starts a process per file, so it is off by default; without `--packs-deep` this rule reports nothing. When bash is not installed, `--packs-deep` is a usage error rather than a silent pass.',
    reads: ['`.sh` files of every pack, through `bash -n`'],
    ignores: ['Other languages (Terraform, Python, PowerShell are not parsed)', 'Every run without `--packs-deep`'],
  },
  check(context) {
    for (const result of context.shell ?? []) {
      const file = context.tree.packs.flatMap((pack) => pack.files).find((candidate) => candidate.path === result.path);
      if (!file) continue;
      context.report(context.fileTarget(file), { message: `Unexpected shell syntax: ${result.message}, expected a script that \`bash -n\` accepts`, place: result.place });
    }
  },
};
