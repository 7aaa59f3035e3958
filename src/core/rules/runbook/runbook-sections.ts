import type { RunbookRule } from './types.ts';

const REQUIRED = [
  ['symptoms', 'Symptoms'],
  ['likelyCause', 'Likely Cause'],
  ['validationChecklist', 'Validation Checklist'],
  ['notes', 'Notes'],
] as const;

export const rule: RunbookRule = {
  meta: {
    id: 'runbook-sections',
    description: 'A runbook has Symptoms, Likely Cause, Recovery Options (each with trade-offs), Validation Checklist and Notes.',
    severity: 'warning',
    docs: 'Operators read runbooks under pressure; the same five sections in the same order let them find the recovery steps fast. Each `### Option N:` under Recovery Options needs a `**Trade-offs:**` line saying what it costs.',
    reads: ['`##` Symptoms, Likely Cause, Recovery Options (`### Option N:` with a `**Trade-offs:**` line), Validation Checklist and Notes'],
    ignores: ['Section order (not checked)', 'Runbooks without frontmatter (`runbook-frontmatter`)'],
  },
  check(context) {
    const { runbook } = context;
    if (!runbook.frontmatter) return;
    const end = { start: runbook.frontmatter.position.end, end: runbook.frontmatter.position.end };
    for (const [key, title] of REQUIRED) {
      if (runbook[key] === null) context.report({ message: `Missing section \`## ${title}\`, expected it in every runbook`, place: end, expected: [title] });
    }
    if (runbook.recoveryOptions.length === 0) context.report({ message: 'Missing recovery options, expected `## Recovery Options` with at least one `### Option 1: ...`', place: end });
    for (const option of runbook.recoveryOptions) {
      if (!option.tradeOffs) context.report({ message: `Missing trade-offs in recovery option "${option.title}", expected a \`**Trade-offs:**\` line`, place: { start: option.position.start, end: option.position.start } });
    }
  },
};
