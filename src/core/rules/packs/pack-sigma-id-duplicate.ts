import type { PackFile } from '../../packs/model.ts';
import type { PackRule } from './types.ts';

export const rule: PackRule = {
  meta: {
    id: 'pack-sigma-id-duplicate',
    description: 'Every Sigma rule of the packs has its own `id`.',
    severity: 'error',
    docs: 'A Sigma rule\'s `id` (a UUID) is how SIEM back ends and rule repositories tell rules apart; a copied rule that keeps its id replaces or shadows the first one where both are loaded. Checked across every pack of the packs folder; the second and later files get the error, with the first as its cause.',
    reads: ['The top-level `id:` of `siem/sigma/*.yml`'],
    ignores: ['Sigma files without an `id:` line'],
  },
  check(context) {
    const first = new Map<string, PackFile>();
    for (const pack of context.tree.packs) {
      for (const file of pack.files) {
        if (!file.sigmaId) continue;
        const earlier = first.get(file.sigmaId.value);
        if (!earlier?.sigmaId) {
          first.set(file.sigmaId.value, file);
          continue;
        }
        context.report(context.fileTarget(file), {
          message: `Unexpected Sigma rule id \`${file.sigmaId.value}\`, already used by ${earlier.path}, expected a new UUID`,
          place: file.sigmaId.position,
          actual: file.sigmaId.value,
          cause: { message: 'first used here', place: earlier.sigmaId.position },
        });
      }
    }
  },
};
