import { z } from 'zod';

/** `YYYY-MM-DD` naming a real day (Date.parse alone accepts 2026-02-30 and rolls it over). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

const dateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written as YYYY-MM-DD')
  .refine(isCalendarDate, 'expected a real calendar date');

/**
 * Guide frontmatter. Known keys are typed; unknown keys (layout, custom site fields) are preserved
 * because guides are shared with other site generators that rely on them.
 */
export const GuideFrontmatterSchema = z.looseObject({
  title: z.string().min(1).describe('Display title of the guide, e.g. "Qualys Hardening Guide".'),
  vendor: z.string().min(1).describe('Vendor or platform name, e.g. "Qualys".'),
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lowercase letters, digits and hyphens (e.g. "qualys")')
    .describe('URL slug; also names the page under /guides/.'),
  tier: z.union([z.string(), z.number()]).transform(String).describe('Priority tier, e.g. "1".'),
  category: z.string().min(1).describe('Catalog category, e.g. "Security & Compliance".'),
  description: z.string().min(1).describe('One-sentence summary shown in the catalog.'),
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/, 'expected a semantic version such as "1.0.0"')
    .describe('Semantic version of the guide; must equal the newest changelog entry.'),
  maturity: z
    .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
    .describe('Editorial maturity, e.g. "draft", "reviewed", or a list such as ["ai-drafted"].'),
  last_updated: dateString.describe('Date of the newest changelog entry (YYYY-MM-DD).'),
});
export type GuideFrontmatter = z.infer<typeof GuideFrontmatterSchema>;

/** A value of the key's type, or nothing: a wrong type is reported by frontmatter-schema, never kept. */
const text = z.string().optional().catch(undefined);
const texts = z.union([z.string(), z.array(z.unknown()).transform((items) => items.filter((item): item is string => typeof item === 'string'))]).optional().catch(undefined);

/**
 * The known frontmatter keys of a guide as the model keeps them, typed: each value of the key's
 * type, whether or not it passes GuideFrontmatterSchema (an unsafe `slug` is still the guide's slug,
 * and frontmatter-schema says what is wrong with it). Readers use these, not the raw data.
 */
export const GuideFieldsSchema = z.object({
  title: text,
  vendor: text,
  slug: text,
  tier: z.union([z.string(), z.number()]).transform(String).optional().catch(undefined),
  category: text,
  description: text,
  version: text,
  maturity: texts,
  last_updated: text,
});
export type GuideFields = z.infer<typeof GuideFieldsSchema>;

/** The known frontmatter keys of a runbook, typed as GuideFieldsSchema types a guide's. */
export const RunbookFieldsSchema = z.object({
  title: text,
  slug: text,
  /** The entries that are strings, as written (`qualys#3.3`). */
  applies_to: z.array(z.unknown()).transform((items) => items.filter((item): item is string => typeof item === 'string')).optional().catch(undefined),
  last_updated: text,
});
export type RunbookFields = z.infer<typeof RunbookFieldsSchema>;

/** The typed fields of frontmatter data, without the keys that are absent or of another type. */
export function typedFields<Schema extends z.ZodType<object>>(schema: Schema, data: Readonly<Record<string, unknown>>): z.infer<Schema> {
  const parsed = schema.parse(data) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined)) as z.infer<Schema>;
}
