import { z } from 'astro/zod';

/** A semantic version, MAJOR.MINOR.PATCH. */
const semver = z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a semantic version such as 1.2.0');

/** One published change to the data. */
const changeSchema = z
  .object({
    /** The dataset version that carries the change. */
    version: semver,
    /** The day it was published, ISO `YYYY-MM-DD`. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date such as 2026-11-23'),
    /** What changed and why, one line each. */
    changes: z.array(z.string().trim().min(1)).min(1),
  })
  .strict();

/** The licence our data is published under (the quoted texts stay their authors'). */
const licenseSchema = z
  .object({
    /** Its full name, e.g. "Creative Commons Attribution 4.0 International". */
    name: z.string().trim().min(1),
    /** Its short name, e.g. "CC BY 4.0". */
    short: z.string().trim().min(1),
    /** The licence's own page. */
    url: z.string().url(),
    /** Its SPDX identifier, as CITATION.cff and the data package write it, e.g. "CC-BY-4.0". */
    id: z.string().regex(/^[A-Za-z0-9.-]+$/u),
  })
  .strict();

/** The dataset as a whole, from `data/dataset.yaml`: its version and its changelog. */
export const datasetSchema = z
  .object({
    /** The current version, shown in every page footer and every download. */
    version: semver,
    /** The licence of the data, printed with every chart, embed and download. */
    license: licenseSchema,
    /** Published changes, newest first; the first entry is the current version. */
    changelog: z.array(changeSchema).min(1),
  })
  .strict();

export type DatasetMeta = z.infer<typeof datasetSchema>;
