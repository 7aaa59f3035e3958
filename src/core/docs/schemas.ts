import { z } from 'zod';
import { GuideFrontmatterSchema } from '../model/frontmatter.ts';
import { RunbookFrontmatterSchema } from '../model/runbook.ts';

/** JSON Schemas for editors (VS Code YAML extension, IntelliJ), generated from the Zod model. */
export function frontmatterJsonSchemas(): Record<string, string> {
  const render = (schema: z.ZodType, id: string, title: string): string =>
    `${JSON.stringify({ $id: `https://hardmap.invalid/schemas/${id}`, title, ...z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) }, null, 2)}\n`;
  return {
    'guide-frontmatter.schema.json': render(GuideFrontmatterSchema, 'guide-frontmatter.schema.json', 'hardmap guide frontmatter'),
    'runbook-frontmatter.schema.json': render(RunbookFrontmatterSchema, 'runbook-frontmatter.schema.json', 'hardmap runbook frontmatter'),
  };
}
