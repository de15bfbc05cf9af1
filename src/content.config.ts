/**
 * Wires the data files to Astro content collections. The schemas live in `src/schemas/`; the strict
 * checks that loaders do not make (YAML syntax, duplicates, quotes verbatim) are `npm run verify:data`,
 * which runs before every build.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { defineCollection, z } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { agreementSchema } from './schemas/agreement';
import { datasetSchema } from './schemas/dataset';
import { documentSchema } from './schemas/document';
import { normSchema } from './schemas/norm';
import { reportFigureSchema } from './schemas/reportFigure';
import { sourceSchema } from './schemas/source';
import { timelineSchema } from './schemas/timeline';

/** Where the records live; the benchmark points this at generated data sets (never committed). */
const dataDir = process.env.DATA_DIR ?? 'data';

// The same YAML 1.2 parser as the verifier, so both read the files identically.
const yaml = (text: string) => parse(text) as Record<string, unknown>[];

const norms = defineCollection({
  loader: file(`${dataDir}/norms.yaml`, { parser: yaml }),
  schema: normSchema,
});

const agreements = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${dataDir}/agreements` }),
  schema: agreementSchema,
});

const sources = defineCollection({
  loader: file(`${dataDir}/sources.yaml`, { parser: yaml }),
  schema: sourceSchema,
});

/** The dataset's version and changelog: a single entry with id `current`. */
const dataset = defineCollection({
  loader: file(`${dataDir}/dataset.yaml`, {
    parser: (text) => ({ current: parse(text) as Record<string, unknown> }),
  }),
  schema: datasetSchema,
});

/** The report's own figures on norm frequencies, checked on /methodology/. */
const reportFigures = defineCollection({
  loader: file(`${dataDir}/report-figures.yaml`, {
    parser: (text) =>
      (parse(text) as Record<string, unknown>[]).map((figure, i) => ({ id: String(i), ...figure })),
  }),
  schema: reportFigureSchema.extend({ id: z.string() }),
});

/** The plain text of every source, by source id (`data/sources/<id>.txt`). */
const sourceTexts = defineCollection({
  loader: () =>
    readdirSync(`${dataDir}/sources`)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => ({
        id: name.replace(/\.txt$/u, ''),
        text: readFileSync(`${dataDir}/sources/${name}`, 'utf8'),
      })),
  schema: z.object({ id: z.string(), text: z.string() }),
});

/** Our coding of related primary texts (`data/documents/<source id>.yaml`), not the report's. */
const documents = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${dataDir}/documents` }),
  schema: documentSchema,
});

/** The G7 timeline (`data/g7-timeline.yaml`): one entry with id `g7`, or none when the file is absent. */
const timelines = defineCollection({
  loader: () => {
    const path = `${dataDir}/g7-timeline.yaml`;
    return existsSync(path)
      ? [{ id: 'g7', ...(parse(readFileSync(path, 'utf8')) as Record<string, unknown>) }]
      : [];
  },
  schema: timelineSchema.extend({ id: z.string() }),
});

export const collections = {
  norms,
  agreements,
  sources,
  dataset,
  reportFigures,
  sourceTexts,
  documents,
  timelines,
};
