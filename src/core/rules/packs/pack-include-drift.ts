import { compareSections } from '../../packs/file-name.ts';
import type { PackRule } from './types.ts';

export const rule: PackRule = {
  meta: {
    id: 'pack-include-drift',
    description: 'Each `pack-code` include\'s section key is the number of the control it stands in (reported once per guide).',
    severity: 'warning',
    docs: 'The include\'s `section` is the key into the pack (from its file names), and the control it serves is the one the include stands in. They drift apart when a guide is renumbered and the pack files are not: the right code is still shown (hardmap renders by the key, as the upstream template does), but the pack\'s file names, headers and control YAML now name other controls. One warning per guide lists every key with the control it stands in (`1.9 → 1.1`), so a maintainer can rename the files in one go.',
    reads: ['`pack-code` includes inside a numbered control'],
    ignores: ['Includes outside a control', 'Whether the key resolves (`pack-include-unresolved`)'],
  },
  check(context) {
    for (const guide of context.guides) {
      const drifted = (guide.includes ?? []).filter((include) => include.pack && include.control !== null && include.pack.section !== include.control);
      const [first] = drifted;
      if (!first) continue;
      const pairs = [...new Set(drifted.map((include) => `${include.pack?.section} → ${include.control}`))].sort((a, b) => compareSections(a.split(' ')[0] ?? '', b.split(' ')[0] ?? ''));
      const total = (guide.includes ?? []).filter((include) => include.pack && include.control !== null).length;
      context.report(context.guideTarget(guide), {
        message: `Unexpected pack-code section keys that differ from the control they stand in: ${drifted.length} of ${total} includes (key → control: ${pairs.join(', ')}), expected each include's section to be its control's number (rename the pack files, or renumber the controls back)`,
        place: first.position,
        actual: pairs.join(', '),
      });
    }
  },
};
