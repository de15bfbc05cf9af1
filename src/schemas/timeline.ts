import { z } from 'astro/zod';
import { slugSchema } from './slug';

/** Free text written by the editors of this site. */
const editorText = z.string().trim().min(1);

/** One document of an annotated list, placed in time. */
export const timelineEntrySchema = z
  .object({
    /** The document's title exactly as the list prints it (a whole line of the list). */
    title: z.string().trim().min(1),
    /** The year it was issued; null when we cannot date it. */
    year: z.number().int().min(1990).max(2100).nullable(),
    /** Words that give the year, verbatim from `yearSource`, where one of our sources gives it. */
    yearWording: z.string().trim().min(1).optional(),
    /** The source `yearWording` quotes (a source id); the timeline's own list when omitted. */
    yearSource: slugSchema.optional(),
    /** How we date it where the list does not (or why it stays undated), in our words. */
    yearNote: editorText.optional(),
    /** What the document is, in one sentence of our own. */
    summary: editorText.regex(/^[^.!?]*[.!?]$/u, 'expected one sentence ending in a full stop'),
    /** The report's agreement this entry is, when it is one (`data/agreements/<slug>.yaml`). */
    agreement: slugSchema.optional(),
    /** Our coded text of this entry, when we hold one (`data/documents/<id>.yaml`). */
    document: slugSchema.optional(),
  })
  .strict();

/**
 * A timeline made from an annotated list of documents, `data/g7-timeline.yaml`: shown on the pages
 * of the agreements the list's source relates to (`relatedAgreements` in `data/sources.yaml`).
 */
export const timelineSchema = z
  .object({
    /** The list the entries come from: a source id in `data/sources.yaml`. */
    sourceId: slugSchema,
    /** A heading for the timeline, ours. */
    title: editorText,
    /** What the timeline leaves out of the list and why, in our words. */
    scope: editorText,
    /** The entries in time order, undated ones last. */
    entries: z.array(timelineEntrySchema).min(1),
  })
  .strict();

export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export type Timeline = z.infer<typeof timelineSchema>;
