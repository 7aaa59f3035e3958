import { FILE_START } from '../model/position.ts';
import type { Rule } from './types.ts';

/** Sections a reader and the generators rely on; numbered control sections are checked separately. */
const REQUIRED: Array<[string, RegExp]> = [
  ['Overview', /^overview$/i],
  ['Table of Contents', /^table of contents$/i],
  ['Compliance Quick Reference', /quick reference/i],
  ['Changelog', /^changelog$/i],
];

export const rule: Rule = {
  meta: {
    id: 'required-sections',
    description: 'The guide has Overview, Table of Contents, numbered control sections, a Compliance Quick Reference and a Changelog.',
    severity: 'warning',
    docs: 'A guide without these sections cannot be navigated or audited the same way as the others. `hardmap new guide` writes a skeleton that has all of them.',
    reads: ['The titles of the `##` sections, and whether any control was read'],
    ignores: ['Section order', 'Files with neither frontmatter nor sections (input problems)'],
  },
  check(context) {
    const { guide } = context;
    if (guide.sections.length === 0 && guide.frontmatter === null) return;
    const place = guide.frontmatter?.position ?? FILE_START;
    const titles = guide.sections.map((section) => section.title);
    for (const [name, pattern] of REQUIRED) {
      if (!titles.some((title) => pattern.test(title))) {
        context.report({ message: `Missing section \`## ${name}\`, expected it among ${titles.length} sections (${titles.slice(0, 6).join(', ') || 'none'})`, place: { start: place.end, end: place.end }, expected: [name] });
      }
    }
    if (guide.controls.length === 0) {
      context.report({ message: 'Missing controls, expected numbered `### N.M Title` headings with a `**Profile Level:**` line', place: { start: place.end, end: place.end } });
    }
  },
};
