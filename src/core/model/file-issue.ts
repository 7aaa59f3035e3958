import type { z } from 'zod';

/** `name: unexpected <what> at \`controls[3].withdrawn\`: <zod message>`: the file and the field, for data files of mappings/. */
export function fileIssue(error: z.ZodError, name: string, what: string): string {
  const issue = error.issues[0];
  const field = issue?.path.length ? issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '') : '(root)';
  return `${name}: unexpected ${what} at \`${field}\`: ${issue?.message ?? 'invalid'}`;
}
