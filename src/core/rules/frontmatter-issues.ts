import type { z } from 'zod';
import type { FrontmatterBlock } from '../model/guide.ts';
import type { Report } from './types.ts';

/**
 * Report what a frontmatter schema rejects, one message per key: missing keys at the start of the
 * block, bad values at the value. Shared by the guide and runbook frontmatter rules.
 */
export function reportFrontmatterIssues(frontmatter: FrontmatterBlock, schema: z.ZodObject, report: (report: Report) => void): void {
  const result = schema.safeParse(frontmatter.data);
  if (result.success) return;
  const describe = (key: string): string => {
    const description = (schema.shape as Record<string, { description?: string } | undefined>)[key]?.description;
    return description ? `a value (${description.replace(/\.$/, '')})` : 'a value';
  };
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '');
    if (seen.has(key)) continue;
    seen.add(key);
    const value = frontmatter.data[key];
    if (value === undefined || value === null) {
      report({ message: `Missing frontmatter key \`${key}\`, expected ${describe(key)}`, place: { start: frontmatter.position.start, end: frontmatter.position.start }, expected: [key] });
    } else {
      report({
        message: `Unexpected ${key} \`${JSON.stringify(value)}\`, ${issue.message.startsWith('expected') ? issue.message : `expected ${describe(key)}`}`,
        place: frontmatter.valuePositions[key] ?? frontmatter.keyPositions[key] ?? frontmatter.position,
        actual: JSON.stringify(value),
      });
    }
  }
}
