import type { RunbookRule } from './types.ts';

export const rule: RunbookRule = {
  meta: {
    id: 'runbook-applies-to',
    description: 'Every `applies_to` entry names a guide and control that exist.',
    severity: 'error',
    docs: 'A runbook is linked from each control it lists in `applies_to` (`qualys#3.3`) and links back to it. An entry whose guide or control does not exist would be a dead link on the site; checked when the guides are part of the same run.',
    reads: ['Each `applies_to` entry (`guide#control`) and the guides and control numbers of the same run'],
    ignores: ['Runs with runbooks only (no guides to check against)'],
  },
  check(context) {
    if (context.guides.length === 0) return;
    for (const entry of context.runbook.appliesTo) {
      const guide = context.guides.find((candidate) => candidate.slug === entry.guide);
      if (!guide) {
        context.report({ message: `Unexpected guide \`${entry.guide}\` in applies_to \`${entry.text}\`, expected one of ${context.guides.map((g) => `\`${g.slug}\``).join(', ')}`, place: entry.position, actual: entry.guide });
      } else if (!guide.controls.some((control) => control.number === entry.control)) {
        context.report({ message: `Unexpected control \`${entry.control}\` in applies_to \`${entry.text}\`: guide \`${guide.slug}\` has no such control, expected one of its ${guide.controls.length} controls (${guide.controls.slice(0, 5).map((c) => c.number).join(', ')}${guide.controls.length > 5 ? ', ...' : ''})`, place: entry.position, actual: entry.control });
      }
    }
  },
};
