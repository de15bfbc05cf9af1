import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { expect, test, type APIRequestContext } from '@playwright/test';

/**
 * The JSON downloads as a user downloads them: fetched from the built site, then validated against
 * the site's own `schema.json` by a JSON Schema validator (not by the zod schemas that made them).
 */
const FILES = {
  '/data/agreements.json': 'agreementsFile',
  '/data/norms.json': 'normsFile',
  '/data/documents.json': 'documentsFile',
} as const;

interface WordingField {
  measuredBy: string;
  class: string;
  share: number;
  runs: { text: string }[];
}

interface PublishedSchema {
  $id: string;
  definitions: Record<string, { type?: string; properties?: Record<string, unknown> }>;
}

async function download<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path);
  expect(response.ok(), path).toBe(true);
  return (await response.json()) as T;
}

/** The downloaded schema.json, and a validator for one of its definitions (or the whole file). */
async function schemaJson(request: APIRequestContext) {
  const schema = await download<PublishedSchema>(request, '/data/schema.json');
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addSchema(schema);
  const validator = (definition?: string): ValidateFunction => {
    const ref = definition ? `${schema.$id}#/definitions/${definition}` : schema.$id;
    const validate = ajv.getSchema(ref);
    if (!validate) throw new Error(`schema.json has no schema ${ref}`);
    // The schema declares no $async, so ajv compiles it synchronously.
    return validate as ValidateFunction;
  };
  return { schema, validator };
}

test.describe('the JSON downloads', () => {
  test('validate against the downloaded schema.json', async ({ request }) => {
    const { schema, validator } = await schemaJson(request);
    // An empty definition ({}) accepts anything: each must describe an object and its fields.
    for (const [name, definition] of Object.entries(schema.definitions)) {
      expect(definition.type, `definitions.${name}.type`).toBe('object');
      expect(Object.keys(definition.properties ?? {}).length, name).toBeGreaterThan(1);
    }
    for (const [path, definition] of Object.entries(FILES)) {
      const file = await download<unknown>(request, path);
      const validate = validator(definition);
      validate(file);
      expect(validate.errors ?? [], `${path} against ${definition}`).toEqual([]);
      expect(validator()(file), `${path} against the whole schema`).toBe(true);
    }
  });

  test('are refused by schema.json when a record breaks it', async ({ request }) => {
    const { validator } = await schemaJson(request);
    const file = await download<{
      agreements: { norms: { label: string }[]; unknownField?: boolean }[];
    }>(request, '/data/agreements.json');
    const [first] = file.agreements;
    const [cell] = first?.norms ?? [];
    if (!first || !cell) throw new Error('agreements.json holds no agreement with a cell');
    cell.label = 'perhaps';
    first.unknownField = true;
    const validate = validator('agreementsFile');
    expect(validate(file)).toBe(false);
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
    expect(problems).toContain('/agreements/0/norms/0/label enum');
    expect(problems).toContain('/agreements/0 additionalProperties');
  });

  test('carry this site’s wording measure, which schema.json holds to its classes', async ({
    request,
  }) => {
    const { validator } = await schemaJson(request);
    const file = await download<{
      agreements: { slug: string; norms: { id: number; wording: WordingField | null }[] }[];
    }>(request, '/data/agreements.json');
    const paris = file.agreements.find((a) => a.slug === 'paris-call');
    const wording = paris?.norms.find((c) => c.id === 3)?.wording;
    expect(wording?.class).toBe('borrows-phrases');
    expect(wording?.measuredBy).toMatch(/this site’s own measure, not the report’s coding/u);
    expect(wording?.runs.length).toBeGreaterThan(0);
    // A cell the report does not count as reflected is not measured.
    const notReflected = paris?.norms.find((c) => c.wording === null);
    expect(notReflected, 'a cell without a measure').toBeDefined();
    if (!wording) throw new Error('paris-call norm 3 has no wording measure');
    wording.class = 'paraphrases';
    const validate = validator('agreementsFile');
    expect(validate(file)).toBe(false);
    const index = file.agreements.findIndex((a) => a.slug === 'paris-call');
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
    expect(problems).toContain(`/agreements/${index}/norms/2/wording/class enum`);
  });
});

test.describe('the CSV downloads', () => {
  const rows = async (request: APIRequestContext, path: string) => {
    const response = await request.get(path);
    expect(response.ok(), path).toBe(true);
    return parse<Record<string, string>>(await response.text(), { columns: true });
  };

  test('matrix.csv gives this site’s wording class and share per norm', async ({ request }) => {
    const paris = (await rows(request, '/data/matrix.csv')).find(
      (r) => r.agreement === 'paris-call',
    );
    expect(paris?.norm_3_wording_class).toBe('borrows-phrases');
    expect(Number(paris?.norm_3_wording_share)).toBeGreaterThan(0);
    expect(Number(paris?.norm_3_wording_share)).toBeLessThan(0.8);
  });

  test('evidence.csv gives a quote the runs it shares with the GGE wording', async ({
    request,
  }) => {
    const quotes = (await rows(request, '/data/evidence.csv')).filter(
      (r) => r.agreement === 'paris-call' && r.norm === '3',
    );
    const shared = quotes.flatMap((r) => (r.shared_runs ? r.shared_runs.split(' | ') : []));
    expect(shared.length).toBeGreaterThan(0);
    for (const run of shared) expect(quotes.some((r) => r.quote?.includes(run))).toBe(true);
  });
});

test.describe('the files of single records', () => {
  test('are listed on /data/ and validate as that record in the whole file', async ({
    page,
    request,
  }) => {
    const { validator } = await schemaJson(request);
    await page.goto('/data/');
    const firstLink = (group: number) =>
      page.locator('#records ~ details').nth(group).locator('a').first().getAttribute('href');
    const agreementHref = await firstLink(0);
    const normHref = await firstLink(1);
    expect(agreementHref).toMatch(/^\/data\/agreements\/[a-z0-9-]+\.json$/u);
    expect(normHref).toMatch(/^\/data\/norms\/[a-z0-9-]+\.json$/u);
    const whole = await download<{
      agreements: { slug: string }[];
      norms: { slug: string }[];
    }>(request, '/data/agreements.json');
    const norms = await download<{ norms: { slug: string }[] }>(request, '/data/norms.json');
    for (const [href, definition, list] of [
      [agreementHref, 'agreement', whole.agreements],
      [normHref, 'norm', norms.norms],
    ] as const) {
      const record = await download<{ slug: string }>(request, href ?? '');
      const validate = validator(definition);
      validate(record);
      expect(validate.errors ?? [], `${href} against ${definition}`).toEqual([]);
      expect(record).toEqual(list.find((r) => r.slug === record.slug));
    }
  });
});

test.describe('versions', () => {
  test('the current release’s folder serves the same bytes as /data/', async ({ request }) => {
    const version = (await download<{ version: string }>(request, '/data/datapackage.json'))
      .version;
    for (const file of ['agreements.json', 'matrix.csv', 'agreements/paris-call.json']) {
      const [latest, versioned] = await Promise.all([
        request.get(`/data/${file}`),
        request.get(`/data/v${version}/${file}`),
      ]);
      expect(versioned.ok(), file).toBe(true);
      expect(await versioned.text()).toBe(await latest.text());
    }
  });

  test('an earlier release is served as it was published', async ({ request }) => {
    const old = await download<{ dataset: { version: string }; agreements: unknown[] }>(
      request,
      '/data/v1.1.0/agreements.json',
    );
    expect(old.dataset.version).toBe('1.1.0');
    expect(old.agreements.length).toBeGreaterThan(0);
    // 1.2.0 added evidence.csv's fragment column; 1.1.0's copy must not have it.
    const evidence = await (await request.get('/data/v1.1.0/evidence.csv')).text();
    expect(evidence.split('\n')[0]).not.toContain('fragment');
  });

  test('1.2.0 is served as it was, before the wording measure', async ({ request }) => {
    const old = await download<{ dataset: { version: string }; agreements: { norms: object[] }[] }>(
      request,
      '/data/v1.2.0/agreements.json',
    );
    expect(old.dataset.version).toBe('1.2.0');
    expect(old.agreements[0]?.norms[0]).not.toHaveProperty('wording');
    const matrix = await (await request.get('/data/v1.2.0/matrix.csv')).text();
    expect(matrix.split('\n')[0]).not.toContain('wording');
    const current = await (await request.get('/data/matrix.csv')).text();
    expect(current.split('\n')[0]).toContain('norm_1_wording_class');
  });
});
