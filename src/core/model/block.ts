import { z } from 'zod';
import { PositionSchema } from './position.ts';

/**
 * A run of Markdown kept as written: the source slice, its plain text and its span.
 * Subsections the model does not interpret are kept this way so nothing a guide says is lost.
 */
export const BlockSchema = z.object({
  /** Heading text of the subsection (`Monitoring & Maintenance`), empty for unheaded runs. */
  title: z.string(),
  /** GitHub-style anchor of the heading, empty for unheaded runs. */
  anchor: z.string(),
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
