import { z } from 'astro/zod';
import { normIdSchema } from './norm';

/** The kinds of claim the report makes about norm frequencies. */
export const FIGURE_CLAIMS = ['most-frequent', 'second-most-frequent', 'least-frequent'] as const;

/** A figure the report states about how often a norm is reflected, from `data/report-figures.yaml`. */
export const reportFigureSchema = z
  .object({
    /** What the report claims of the norm: most, second most, or least frequent. */
    claim: z.enum(FIGURE_CLAIMS),
    /** The norm the claim is about. */
    norm: normIdSchema,
    /** The percentage of agreements the report gives, when it gives one. */
    percent: z.number().min(0).max(100).optional(),
    /** The report's sentence, verbatim. */
    quote: z.string().trim().min(1),
  })
  .strict();

export type ReportFigure = z.infer<typeof reportFigureSchema>;
