import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'control-implementation-missing',
    description: 'Every control says how to implement it: ClickOps steps or code.',
    severity: 'warning',
    docs: 'A control needs a `#### ClickOps Implementation` section with steps, or code (a fenced block or a Liquid code-pack include). Without either, it is advice nobody can apply or verify.',
    reads: ['`#### ClickOps Implementation` (also `Implementation`, `Console Implementation`, with or without a status mark) and its list steps', 'Fenced code blocks and Liquid includes anywhere in the control'],
    ignores: ['Numbered reference notes (no level, no mapping table)', 'Steps written as prose without a list'],
  },
  check(context) {
    for (const control of context.guide.controls) {
      const steps = control.clickOps?.steps.some((step) => step.items.length > 0) ?? false;
      if (!steps && control.code.length === 0) {
        context.report({ message: `Missing implementation in control ${control.number}, expected \`#### ClickOps Implementation\` steps or a code block`, place: control.headingPosition });
      }
    }
  },
};
