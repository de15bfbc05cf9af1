import { z } from 'astro/zod';

/** A URL-safe lower-case identifier, words joined by hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case slug (a-z, 0-9, hyphens)');

/**
 * Slugs a record was published under before it was renamed, each still a public URL: the site
 * redirects each to the record's current page. A former slug must be one recorded in
 * `data/published.yaml`.
 */
export const formerSlugsSchema = z.array(slugSchema).min(1).optional();
