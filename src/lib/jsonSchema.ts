import { z } from 'astro/zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { agreementSchema, normCellSchema } from '../schemas/agreement';
import { normSchema } from '../schemas/norm';

/**
 * `schema.json`: JSON Schema for the published files, generated from the same zod schemas that
 * validate the YAML, so the two cannot drift apart. The published shapes differ from the records in
 * two ways only: an agreement carries its `slug`, and a cell names its norm `id` (not `norm`).
 */
const publishedCell = normCellSchema.omit({ norm: true }).extend({ id: normCellSchema.shape.norm });
const publishedAgreement = agreementSchema
  .omit({ norms: true })
  .extend({ slug: z.string(), norms: z.array(publishedCell) });
const publishedNorm = normSchema.extend({ reflectedBy: z.array(z.string()) });

/**
 * zod-to-json-schema is typed against its own copy of zod; the schemas come from astro/zod's copy.
 * It reads only the schemas' definitions at run time, which are the same in both.
 */
type JsonSchemaInput = Parameters<typeof zodToJsonSchema>[0];
const toJsonSchema = (schema: unknown) =>
  zodToJsonSchema(schema as JsonSchemaInput, { $refStrategy: 'none' });

export function publishedJsonSchema(version: string, url: string): object {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: url,
    title: `Cyber Norms Explorer data, version ${version}`,
    description:
      'Schemas of agreements.json (an agreement and its 11 norm cells) and norms.json (a norm and the agreements that reflect it).',
    definitions: {
      agreement: toJsonSchema(publishedAgreement),
      norm: toJsonSchema(publishedNorm),
    },
  };
}
