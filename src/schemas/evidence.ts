import { z } from 'astro/zod';
import { EVIDENCE_KINDS, keysOf } from './values';

/**
 * The fewest words a passage may have to count as evidence, unless it is marked as a `fragment`.
 * A shorter string proves little when found "verbatim": a quote cut to `a` occurs in any section.
 * Chosen from the data: the shortest real passages are whole list items of three or four words
 * ("Encourage MANRS adoption"); only one, two words, is shorter, and it is marked.
 */
export const MIN_EVIDENCE_WORDS = 3;

/** Words of a passage: runs separated by whitespace that hold a letter or digit (not a lone dash). */
export function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

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
    /**
     * Why a passage shorter than `MIN_EVIDENCE_WORDS` words is still evidence as printed, e.g. "the
     * report prints these two words as a whole bullet". Only then may a passage be that short.
     */
    fragment: z.string().trim().min(1).optional(),
  })
  .strict();

export type Evidence = z.infer<typeof evidenceSchema>;
