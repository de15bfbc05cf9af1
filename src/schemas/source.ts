import { z } from 'astro/zod';
import { formerSlugsSchema, slugSchema } from './slug';
import { SOURCE_KINDS, keysOf } from './values';

/** A source text the project quotes, from `data/sources.yaml`; its text is `data/sources/<id>.txt`. */
export const sourceSchema = z
  .object({
    /** Identifier and file stem: the text lives in `data/sources/<id>.txt`; URL `/sources/<id>/`. */
    id: slugSchema,
    /** The document's title. */
    title: z.string().trim().min(1),
    /** A short title for links and tabs. */
    shortTitle: z.string().trim().min(1).max(48),
    /** Year of publication or adoption. */
    year: z.number().int().min(1990).max(2100),
    /** Who issued or published it (an organisation, governments). */
    publisher: z.string().trim().min(1),
    /** Named authors, "Given Family", in the document's order; empty when it names none. */
    authors: z.array(z.string().trim().min(1)).default([]),
    /** What it is to the project: the report, a related primary text, or context. */
    kind: z.enum(keysOf(SOURCE_KINDS)),
    /** Slugs of the agreements it relates to (empty for the report, which covers all). */
    relatedAgreements: z.array(slugSchema).default([]),
    /** What the document is and how it relates to the agreements, in our words. */
    description: z.string().trim().min(1),
    /** What the plain-text extraction lost or damaged, in our words. */
    extractionNote: z.string().trim().min(1).optional(),
    /** Ids this source was published under before (`/sources/<id>/`); each redirects to it. */
    formerSlugs: formerSlugsSchema,
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
