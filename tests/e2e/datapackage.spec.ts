import Ajv from 'ajv';
import { parse } from 'csv-parse/sync';
import { expect, test } from '@playwright/test';

/**
 * /data/datapackage.json as a data tool reads it: a Frictionless Data Package (v1) whose every
 * resource is served, each CSV's header is its Table Schema's field names in order, and every
 * value parses as its field's type. The descriptor is checked against the rules of the Data
 * Package, Data Resource and Table Schema specifications that can be checked offline, written
 * below as a JSON Schema subset.
 */
const NAME = '^[a-z0-9._/-]+$';
const DESCRIPTOR_RULES = {
  type: 'object',
  required: ['name', 'version', 'licenses', 'resources'],
  properties: {
    profile: { const: 'data-package' },
    name: { type: 'string', pattern: NAME },
    version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$' },
    licenses: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        anyOf: [{ required: ['name'] }, { required: ['path'] }],
        properties: { name: { type: 'string', pattern: '^([-a-zA-Z0-9._])+$' } },
      },
    },
    resources: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['name', 'path', 'format', 'mediatype'],
        properties: {
          name: { type: 'string', pattern: NAME },
          // A relative path, never climbing out of the package's folder.
          path: { type: 'string', pattern: '^(?!/)(?!.*\\.\\./)(?![a-z]+:)' },
          profile: { enum: ['data-resource', 'tabular-data-resource'] },
          format: { enum: ['csv', 'json'] },
          encoding: { const: 'utf-8' },
          schema: {
            type: 'object',
            required: ['fields'],
            properties: {
              fields: {
                type: 'array',
                minItems: 1,
                items: {
                  type: 'object',
                  required: ['name', 'type'],
                  properties: {
                    name: { type: 'string', minLength: 1 },
                    type: { enum: ['string', 'integer', 'boolean', 'number'] },
                    description: { type: 'string' },
                  },
                },
              },
              missingValues: { type: 'array', items: { type: 'string' } },
            },
          },
        },
        if: { properties: { profile: { const: 'tabular-data-resource' } } },
        then: { required: ['schema'], properties: { format: { const: 'csv' } } },
      },
    },
  },
};

interface Field {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
}
interface Resource {
  name: string;
  path: string;
  format: 'csv' | 'json';
  mediatype: string;
  schema?: { fields: Field[]; missingValues?: string[] };
}
interface Descriptor {
  version: string;
  resources: Resource[];
}

/** Table Schema's own lexical rules for the types used here (default trueValues/falseValues). */
const PARSES: Record<Field['type'], (value: string) => boolean> = {
  string: () => true,
  integer: (v) => /^[-+]?\d+$/u.test(v),
  number: (v) => /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/u.test(v),
  boolean: (v) => ['true', 'True', 'TRUE', '1', 'false', 'False', 'FALSE', '0'].includes(v),
};

test('datapackage.json follows the Data Package rules and describes every download', async ({
  request,
}) => {
  const response = await request.get('/data/datapackage.json');
  expect(response.ok()).toBe(true);
  const descriptor = (await response.json()) as Descriptor;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(DESCRIPTOR_RULES);
  validate(descriptor);
  expect(validate.errors ?? []).toEqual([]);
  const names = descriptor.resources.map((r) => r.name);
  expect(new Set(names).size, 'resource names are unique').toBe(names.length);
  const paths = descriptor.resources.map((r) => r.path);
  for (const listed of ['agreements.json', 'norms.json', 'matrix.csv', 'evidence.csv'])
    expect(paths).toContain(listed);
  expect(paths.some((p) => p.startsWith('agreements/'))).toBe(true);
  expect(paths.some((p) => p.startsWith('norms/'))).toBe(true);
  // The release's own folder holds the same descriptor.
  const versioned = await request.get(`/data/v${descriptor.version}/datapackage.json`);
  expect(await versioned.text()).toBe(await response.text());
});

test('every resource is served, and each CSV parses by its Table Schema', async ({ request }) => {
  const descriptor = (await (await request.get('/data/datapackage.json')).json()) as Descriptor;
  for (const resource of descriptor.resources) {
    const file = await request.get(`/data/${resource.path}`);
    expect(file.ok(), resource.path).toBe(true);
    const text = await file.text();
    if (resource.format === 'json') {
      expect(() => JSON.parse(text) as unknown, resource.path).not.toThrow();
      continue;
    }
    const fields = resource.schema?.fields ?? [];
    const missing = new Set(resource.schema?.missingValues ?? ['']);
    const [header, ...rows]: string[][] = parse(text);
    expect(header, `${resource.path} header`).toEqual(fields.map((f) => f.name));
    expect(rows.length, resource.path).toBeGreaterThan(0);
    const wrong = rows.flatMap((row, r) =>
      fields.flatMap((field, c) => {
        const value = row[c] ?? '';
        return missing.has(value) || PARSES[field.type](value)
          ? []
          : [`${resource.path} row ${r + 2} ${field.name}: "${value}" is not ${field.type}`];
      }),
    );
    expect(wrong).toEqual([]);
  }
});
