import { z } from 'astro/zod';
import { ignoreOverride, zodToJsonSchema, type OverrideCallback } from 'zod-to-json-schema';
import { agreementSchema, normCellSchema } from '../schemas/agreement';
import { documentSchema } from '../schemas/document';
import { normSchema } from '../schemas/norm';
import { slugSchema } from '../schemas/slug';
import { keysOf } from '../schemas/values';
import { WORDING_CLASSES } from './wording/classes';
import { WORDING_FIELD_DOCS as doc, WORDING_MEASURED_BY } from './wordingExport';

/**
 * `schema.json`: JSON Schema for the published files, generated from the same zod schemas that
 * validate the YAML, so the two cannot drift apart. The published shapes differ from the records in
 * a few ways only: an agreement carries its `slug`, a document its `id`, a cell names its norm `id`
 * (not `norm`) and carries this site's wording measure (wordingExport.ts, which documents its
 * fields), a norm lists the agreements reflecting it, and every file starts with its header.
 */
const offset = z.number().int().min(0);
const sharedRun = z
  .object({
    text: z.string().min(1).describe(doc.text),
    quoteIndex: offset.describe(doc.quoteIndex),
    quoteStart: offset.describe(doc.quoteStart),
    quoteEnd: offset.describe(doc.quoteEnd),
    ggeStart: offset.describe(doc.ggeStart),
    ggeEnd: offset.describe(doc.ggeEnd),
  })
  .strict();
/** `ExportedWording` in wordingExport.ts. */
const wording = z
  .object({
    measuredBy: z.literal(WORDING_MEASURED_BY).describe(doc.measuredBy),
    class: z.enum(keysOf(WORDING_CLASSES)).describe(doc.class),
    share: z.number().min(0).max(1).describe(doc.share),
    runs: z.array(sharedRun).describe(doc.runs),
  })
  .strict();
const publishedCell = normCellSchema
  .omit({ norm: true })
  .extend({ id: normCellSchema.shape.norm, wording: wording.nullable().describe(doc.wording) });
const publishedAgreement = agreementSchema
  .omit({ norms: true })
  .extend({ slug: slugSchema, norms: z.array(publishedCell) });
const publishedNorm = normSchema.extend({ reflectedBy: z.array(slugSchema) });
const publishedDocument = documentSchema
  .omit({ norms: true })
  .extend({ id: slugSchema, norms: z.array(publishedCell) });
/** `ExportHeader` in exports.ts: what every file says about itself. */
const header = z.object({ name: z.string(), version: z.string(), source: z.string() }).strict();

/** The item schemas, by definition name: inside a file's schema each is a `$ref`, not a copy. */
const ITEMS = {
  header,
  wording,
  agreement: publishedAgreement,
  norm: publishedNorm,
  document: publishedDocument,
};

const FILES = {
  agreementsFile: z.object({ dataset: header, agreements: z.array(publishedAgreement) }).strict(),
  normsFile: z.object({ dataset: header, norms: z.array(publishedNorm) }).strict(),
  documentsFile: z
    .object({ dataset: header, codedBy: z.string(), documents: z.array(publishedDocument) })
    .strict(),
};

/**
 * zod-to-json-schema is typed against its own copy of zod; the schemas come from astro/zod's copy.
 * It reads only the schemas' definitions (`_def.typeName`, zod 3's), which are the same in both; the
 * build must therefore bundle astro's zod 3 (`vite.ssr.noExternal` in astro.config.mjs), not load
 * the project root's zod 4, whose schemas it cannot read.
 */
type JsonSchemaInput = Parameters<typeof zodToJsonSchema>[0];
const itemNames = new Map<unknown, string>(
  Object.entries(ITEMS).map(([name, schema]) => [schema._def, name]),
);
/** An item met below the top of the schema being written becomes a reference to its definition. */
const referItems: OverrideCallback = (def, refs) => {
  const name = itemNames.get(def);
  return name !== undefined && refs.currentPath.length > 1
    ? { $ref: `#/definitions/${name}` }
    : ignoreOverride;
};
function toJsonSchema(schema: unknown): object {
  const { $schema: _, ...rest } = zodToJsonSchema(schema as JsonSchemaInput, {
    $refStrategy: 'none',
    override: referItems,
  });
  return rest;
}

const mapValues = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).map(([name, schema]) => [name, toJsonSchema(schema)]));

/** The whole `schema.json`: any published file validates against it, or against its own definition. */
export function publishedJsonSchema(version: string, url: string): object {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: url,
    title: `Cyber Norms Explorer data, version ${version}`,
    description:
      'Schemas of agreements.json (agreementsFile: the agreements, each with its 11 norm cells), norms.json (normsFile: the norms and the agreements reflecting each) and documents.json (documentsFile: the editors’ coding of related texts).',
    anyOf: Object.keys(FILES).map((name) => ({ $ref: `#/definitions/${name}` })),
    definitions: { ...mapValues(ITEMS), ...mapValues(FILES) },
  };
}
