import { z } from 'astro/zod';
import { slugSchema } from './slug';

/**
 * `data/published.yaml`: every slug that has been published, by the kind of page it names. Each is
 * a public URL (`/agreements/<slug>/`, `/norms/<slug>/`, `/documents/<id>/`, `/sources/<id>/`), so
 * each must stay the slug of a record or be listed in a record's `formerSlugs`. Add a new record's
 * slug here when it is released.
 */
export const publishedSchema = z
  .object({
    /** Slugs of `/agreements/<slug>/`. */
    agreements: z.array(slugSchema),
    /** Slugs of `/norms/<slug>/`. */
    norms: z.array(slugSchema),
    /** Ids of `/documents/<id>/`. */
    documents: z.array(slugSchema),
    /** Ids of `/sources/<id>/`. */
    sources: z.array(slugSchema),
  })
  .strict();

export type Published = z.infer<typeof publishedSchema>;
/** The kinds of record whose slugs are public URLs. */
export type PublishedKind = keyof Published;
export const PUBLISHED_KINDS = Object.keys(publishedSchema.shape) as PublishedKind[];
