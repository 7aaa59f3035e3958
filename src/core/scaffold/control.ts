import { fixGuide } from '../fix/fix-guide.ts';
import { compareIds } from '../frameworks/sort.ts';
import { parseGuide } from '../parse/parse-guide.ts';
import type { ReferenceData } from '../reference.ts';

/** A control that checks clean: its IDs are real and linked by CIS's own NIST mapping (6.5 -> IA-2(1)). */
export function controlSkeleton(number: string, title: string): string {
  return [
    `### ${number} ${title}`,
    '',
    '**Profile Level:** L1 (Baseline)',
    '',
    '| Framework | Control |',
    '|-----------|---------|',
    '| CIS Controls v8 | 6.5 |',
    '| NIST 800-53 Rev 5 | IA-2(1) |',
    '',
    '#### Description',
    'Say what to configure and what it protects. Replace the framework IDs above with the ones this control meets.',
    '',
    '#### Rationale',
    '**Why This Matters:** Say what goes wrong without it.',
    '',
    '#### ClickOps Implementation',
    '',
    '**Step 1: Open the setting**',
    '1. Navigate to: **Settings** → **Security**',
    '2. Describe the change',
    '',
    '**Time to Complete:** ~15 minutes',
    '',
    '#### Validation',
    '1. Describe how to confirm the control is in effect.',
    '',
    '---',
    '',
  ].join('\n');
}

export class ScaffoldError extends Error {}

/**
 * Append the next-numbered control skeleton at the end of section `section` of a guide, then
 * regenerate the quick reference so the guide still checks clean.
 */
export function addControl(text: string, path: string, section: string, reference: ReferenceData): { number: string; text: string } {
  const { guide, problems } = parseGuide(text, path);
  if (problems.some((problem) => problem.ruleId.startsWith('input-') || problem.ruleId === 'frontmatter-yaml')) throw new ScaffoldError(`${path} does not parse cleanly; run hardmap check first`);
  const target = guide.sections.find((candidate) => candidate.number === section);
  if (!target) throw new ScaffoldError(`${path} has no section \`## ${section}. ...\`; sections: ${guide.sections.map((s) => s.number).filter(Boolean).join(', ')}`);
  const numbers = guide.controls.filter((control) => control.number.split('.')[0] === section && control.number.split('.').length === 2).map((control) => control.number).sort(compareIds);
  const last = numbers.at(-1);
  const number = `${section}.${last ? Number(last.split('.')[1]) + 1 : 1}`;
  const next = guide.sections[guide.sections.indexOf(target) + 1];
  const at = next ? (guide.headings.find((heading) => heading.anchor === next.anchor)?.position.start.offset ?? text.length) : text.length;
  const prefix = at === text.length && !text.endsWith('\n\n') ? (text.endsWith('\n') ? '\n' : '\n\n') : '';
  const inserted = `${text.slice(0, at)}${prefix}${controlSkeleton(number, 'New Control Title')}${text.slice(at)}`;
  const fixed = fixGuide(parseGuide(inserted, path), reference);
  return { number, text: fixed.text ?? inserted };
}
