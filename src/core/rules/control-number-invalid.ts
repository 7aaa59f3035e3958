import { parseProblemRule } from './parse-problem-rule.ts';

export const rule = parseProblemRule({
  id: 'control-number-invalid',
  description: 'A `###` heading with a profile level or a mapping table has a control number hardmap can read.',
  severity: 'error',
  docs: 'A heading that carries a `**Profile Level:**` line or a `| Framework | Control |` table is a control, and every export, permalink and quick-reference row needs its number. Numbers are `1.1`, `2.1.1` or `A.1`; forms a reader reads as one number are accepted as that number (`1.4)`, `1.7:`, `Control 1.6:`, `1.2a`). A form that can mean two things (`1-3`: control 1.3, or 1 to 3?) is kept in the model as written and reported here; a heading with no number at all is reported and not read as a control, so nothing is dropped without a word.',
  reads: ['`###` headings of every section but the quick reference, with their `**Profile Level:**` lines and `| Framework | Control |` tables'],
  ignores: ['Numbered `###` entries without level or mapping table (reference notes such as `### 8.5 Environment-Specific Requirements`)', 'Unnumbered `###` entries with only inline `**NIST 800-53:**` lines (overview notes use them)', 'Headings in the Compliance Quick Reference'],
});
