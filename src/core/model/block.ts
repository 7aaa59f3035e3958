import { z } from 'zod';
import { PositionSchema } from './position.ts';

/**
 * A validation mark appended to a heading (`#### ClickOps Implementation{% include status-mark.html
 * status="ai-validated" evidence="..." date="2026-08-19" %}`): a claim about how that one surface
 * (its ClickOps steps, its code) was checked. Part of the heading's line, not of its text.
 */
export const StatusMarkSchema = z.object({
  /** `ai-validated`, `ni-reviewed`, ... as written (the include's default is `ai-validated`). */
  status: z.string(),
  /** What was exercised, as written, or null when the include gives none. */
  evidence: z.string().nullable(),
  /** Date of the act as written (ISO YYYY-MM-DD expected), or null. */
  date: z.string().nullable(),
  /** The whole include tag as written. */
  value: z.string(),
  position: PositionSchema,
});
export type StatusMark = z.infer<typeof StatusMarkSchema>;

/**
 * A run of Markdown kept as written: the source slice, its plain text and its span.
 * Subsections the model does not interpret are kept this way so nothing a guide says is lost.
 */
export const BlockSchema = z.object({
  /** Heading text of the subsection (`Monitoring & Maintenance`), empty for unheaded runs. */
  title: z.string(),
  /** GitHub-style anchor of the heading, empty for unheaded runs. */
  anchor: z.string(),
  /** The status mark on the heading's line, if any. */
  mark: StatusMarkSchema.nullable(),
  markdown: z.string(),
  text: z.string(),
  position: PositionSchema,
});
export type Block = z.infer<typeof BlockSchema>;

/** Code is opaque to hardmap: fenced blocks and Liquid includes are kept verbatim and typed. */
export const CodeBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fenced'), lang: z.string().nullable(), value: z.string(), position: PositionSchema }),
  z.object({
    kind: z.literal('liquid'),
    /** The whole tag, e.g. `{% include pack-code.html vendor="github" section="1.1" %}`. */
    value: z.string(),
    /** Parsed `key="value"` arguments of the include. */
    params: z.record(z.string(), z.string()),
    position: PositionSchema,
  }),
]);
export type CodeBlock = z.infer<typeof CodeBlockSchema>;
