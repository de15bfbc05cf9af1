import { z } from 'astro/zod';
import { formerSlugsSchema, slugSchema } from './slug';
import { NORM_IDS } from './values';

/** A norm number, 1–11, as the report numbers the simplified UN GGE norms. */
export const normIdSchema = z
  .number()
  .int()
  .refine((n) => (NORM_IDS as readonly number[]).includes(n), {
    message: `expected a norm number from ${NORM_IDS[0]} to ${NORM_IDS[NORM_IDS.length - 1]}`,
  });

/** One of the 11 norms the report analyses, from `data/norms.yaml`. */
export const normSchema = z
  .object({
    /** The report's number for the norm, 1–11. */
    id: normIdSchema,
    /** The public URL segment, `/norms/<slug>/`. Never change a published slug. */
    slug: slugSchema,
    /** A short title of ours, for headings and chart labels. */
    title: z.string().trim().min(1).max(48),
    /** The simplified wording exactly as the report lists it ("Trends in international cyber norms"). */
    simplified: z.string().trim().min(1),
    /** The 2015 UN GGE wording of the norm, where the report quotes it. */
    gge: z
      .object({
        /** The norm as the report quotes the 2015 GGE report, verbatim. */
        text: z.string().trim().min(1),
        /** Which section of the report the quote is taken from (its roman numeral). */
        section: z.string().regex(/^[IVXL]+$/, 'expected a roman numeral such as XVII'),
      })
      .strict()
      .nullable(),
    /** Slugs this norm was published under before (`/norms/<slug>/`); each redirects to it. */
    formerSlugs: formerSlugsSchema,
  })
  .strict();

export type Norm = z.infer<typeof normSchema>;
