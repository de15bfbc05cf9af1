import { z } from 'astro/zod';
import { EVIDENCE_KINDS, keysOf } from './values';

/**
 * A passage the report (or our own coding) gives as evidence, copied verbatim from its source.
 * `npm run verify:data` checks that the text occurs in the source, ignoring whitespace.
 */
export const evidenceSchema = z
  .object({
    /** The passage exactly as printed, a broken line joined with one space; typos stay as printed. */
    text: z.string().trim().min(1),
    /** The report's own heading for the passage, verbatim, where it groups passages under one. */
    heading: z.string().trim().min(1).optional(),
    /** Where the passage sits in the agreement, when the report says (article, page, preamble). */
    locator: z.string().trim().min(1).optional(),
    /** Whether this is the agreement quoted, the report commenting, or a placeholder it left. */
    kind: z.enum(keysOf(EVIDENCE_KINDS)).default('quote'),
  })
  .strict();

export type Evidence = z.infer<typeof evidenceSchema>;
