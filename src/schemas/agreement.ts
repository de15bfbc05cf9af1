import { z } from 'astro/zod';
import { evidenceSchema } from './evidence';
import { normIdSchema } from './norm';
import { formerSlugsSchema } from './slug';
import { CATEGORIES, CELL_FLAGS, LABELS, STAKEHOLDER_TYPES, keysOf } from './values';

/** Free text written by the editors of this site, never the report's. */
const editorText = z.string().trim().min(1);

/** The report's own wording of a figure, kept beside our normalised value. */
const wording = z.string().trim().min(1);

/** An ISO year (`2015`) or year-month (`2015-11`). */
export const isoYearMonthSchema = z
  .string()
  .regex(
    /^(19|20)\d{2}(-(0[1-9]|1[0-2]))?$/,
    'expected an ISO year or year-month such as 2015 or 2015-11',
  );

/** How the report treats one of the 11 norms for one agreement: one cell of the matrix. */
export const normCellSchema = z
  .object({
    /** Which norm, 1–11. */
    norm: normIdSchema,
    /** The report's marker after the norm: "Yes", "N/A", or none printed. */
    label: z.enum(keysOf(LABELS)),
    /** The marker's exact wording when it says more than Yes or N/A, e.g. "Yes (indirectly)". */
    labelWording: wording.optional(),
    /** Whether we count the norm as reflected in the agreement (rule: `src/lib/reflection.ts`). */
    reflected: z.boolean(),
    /** The passages the report gives for this norm, verbatim, in the report's order. */
    evidence: z.array(evidenceSchema).default([]),
    /** Problems the editors see in this cell; each is explained in `note`. */
    flags: z.array(z.enum(keysOf(CELL_FLAGS))).default([]),
    /** Editor's note: why the cell is flagged or how we read it. Ours, not the report's. */
    note: editorText.optional(),
  })
  .strict();

/** A link the report gives for an agreement. */
const linkSchema = z
  .object({
    /** The address exactly as printed (spaces are encoded when rendered). */
    url: z
      .string()
      .trim()
      .min(1)
      .regex(/^https?:\/\//, 'expected an http(s) address'),
    /** What the link points to, in our words. */
    label: editorText,
  })
  .strict();

/** An editor's note about the agreement as a whole: an ambiguity or damage in the report. */
const agreementNoteSchema = z
  .object({
    /** A few words naming the problem, e.g. "Norm numbering". */
    topic: editorText,
    /** What the report does and how the data treats it. */
    text: editorText,
  })
  .strict();

/** One of the 22 agreements the report analyses, from `data/agreements/<slug>.yaml`. */
export const agreementSchema = z
  .object({
    /** Position in the report's sections, 1–22. */
    order: z.number().int().min(1),
    /** The section's roman numeral, I–XXII. */
    numeral: z.string().regex(/^[IVXLCDM]+$/, 'expected a roman numeral such as XVII'),
    /** The section's page in the report, as printed in its table of contents, e.g. `13/50`. */
    reportPage: z.string().regex(/^\d+\/50$/, 'expected a report page such as 13/50'),
    /** The title exactly as the report heads the agreement's section. */
    title: z.string().trim().min(1),
    /** The name the report's list of agreements gives it, where that list names it differently. */
    listedAs: z.string().trim().min(1).optional(),
    /** A short name of ours for tables and charts. */
    shortName: z.string().trim().min(1).max(40),
    /** The report's classification, with a note where the report is silent or contradicts itself. */
    category: z.object({ value: z.enum(keysOf(CATEGORIES)), note: editorText.optional() }).strict(),
    /** "A. Date it was signed/launched": the report's wording and our ISO value (null if none). */
    launched: z
      .object({ wording, value: isoYearMonthSchema.nullable(), note: editorText.optional() })
      .strict(),
    /** "B. Stakeholders who are party to the agreement": wording and our normalised type. */
    stakeholders: z
      .object({
        wording,
        type: z.enum(keysOf(STAKEHOLDER_TYPES)),
        note: editorText.optional(),
      })
      .strict(),
    /** "C. Total number of signatories/supporters": wording and a count (null if none given). */
    signatories: z
      .object({
        wording,
        count: z.number().int().nonnegative().nullable(),
        note: editorText.optional(),
      })
      .strict(),
    /** "D. Organization responsible": wording and our normalised name (null if none). */
    organisation: z
      .object({
        wording,
        name: z.string().trim().min(1).nullable(),
        note: editorText.optional(),
      })
      .strict(),
    /** Links the report gives for the agreement. */
    links: z.array(linkSchema).default([]),
    /** A short description written by the editors of this site. */
    description: editorText,
    /** The report's own framing of the agreement before its list of norms, verbatim. */
    commentary: z.array(evidenceSchema).default([]),
    /** "E.": the 11 norms in order, one cell each. */
    norms: z.array(normCellSchema),
    /** "F. Additional norms included in the agreement", verbatim. Empty when the report says N/A. */
    additionalNorms: z.array(evidenceSchema).default([]),
    /** Editor's notes on the agreement as a whole. */
    notes: z.array(agreementNoteSchema).default([]),
    /** Slugs (file names) this agreement was published under before; each redirects to it. */
    formerSlugs: formerSlugsSchema,
  })
  .strict();

export type NormCell = z.infer<typeof normCellSchema>;
export type AgreementRecord = z.infer<typeof agreementSchema>;
/** An agreement with its slug, which comes from its file name. */
export type Agreement = AgreementRecord & { slug: string };
