import { z } from 'astro/zod';
import { normCellSchema } from './agreement';
import { formerSlugsSchema, slugSchema } from './slug';

/** Free text written by the editors of this site. */
const editorText = z.string().trim().min(1);

/**
 * Our own coding of a related primary text against the 11 norms, from `data/documents/<id>.yaml`
 * (`<id>` is the text's source id in `data/sources.yaml`, which holds its title, year and issuer).
 * Coded by the Cyber Norms Explorer editors, not by the BPF report, with the report's rule: the
 * spirit of the norm, and verbatim evidence for every cell counted as reflected. Cells have the
 * report's shape; evidence locators give the text's own numbering or heading.
 */
export const documentSchema = z
  .object({
    /** Who coded it: always the editors of this site; the field exists so that no one can forget it. */
    codedBy: z.literal('editors'),
    /** A short name of ours for tables, e.g. "SCO Code of Conduct (2011)". */
    shortName: z.string().trim().min(1).max(40),
    /** How the text relates to the agreements the report analyses, in our words. */
    relation: editorText,
    /** Agreements of the report this text is compared with (slugs). */
    compareWith: z.array(slugSchema).min(1),
    /** How we read the text as a whole, and the calls that were close. */
    codingNote: editorText,
    /** The 11 norms in order, one cell each, as in an agreement record. */
    norms: z.array(normCellSchema),
    /** Ids (file names) this coding was published under before; each redirects to it. */
    formerSlugs: formerSlugsSchema,
  })
  .strict();

export type DocumentRecord = z.infer<typeof documentSchema>;
/** A coded document with its id (its source id, from the file name). */
export type CodedDocument = DocumentRecord & { id: string };
