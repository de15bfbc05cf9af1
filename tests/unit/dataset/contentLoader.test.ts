import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATASET_ENTRY, datasetLoader } from '../../../src/lib/dataset/contentLoader';
import type { DataFiles } from '../../../src/lib/verify/dataFiles';
import { alpha, dataFiles, writeDataFiles } from '../fixtures/dataFiles';

/** A temporary folder holding the fixture's `data/`; returns that data folder. */
function writeData(files: DataFiles): string {
  const root = mkdtempSync(join(tmpdir(), 'cne-loader-'));
  writeDataFiles(root, files);
  return join(root, 'data');
}

/** Runs the loader over `dir` with a store that only records what it is given. */
async function load(dir: string) {
  const entries = new Map<string, unknown>();
  const store = {
    clear: () => {
      entries.clear();
    },
    set: ({ id, data }: { id: string; data: unknown }) => entries.set(id, data),
  };
  const previous = process.env.DATA_DIR;
  process.env.DATA_DIR = dir;
  try {
    // The loader uses only the store (and, in `astro dev`, the logger and watcher).
    await datasetLoader().load({ store, logger: console } as never);
  } finally {
    if (previous === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = previous;
  }
  return entries;
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dirname(dir), { recursive: true, force: true });
});

describe('the content loader', () => {
  it('stores the whole verified dataset as one entry', async () => {
    const dir = writeData(dataFiles());
    made.push(dir);
    const entries = await load(dir);
    expect([...entries.keys()]).toEqual([DATASET_ENTRY]);
    const dataset = entries.get(DATASET_ENTRY) as { agreements: { slug: string }[] };
    expect(dataset.agreements.map((a) => a.slug)).toEqual(['alpha', 'beta']);
  });

  it('refuses broken data with the lines verify:data prints, and no stack trace', async () => {
    const dir = writeData(dataFiles({ agreements: { alpha: { ...alpha(), shortName: 5 } } }));
    made.push(dir);
    const where = relative(process.cwd(), join(dir, 'agreements', 'alpha.yaml'));
    const error = await load(dir).then(
      () => null,
      (e: unknown) => e as Error & { hint?: string },
    );
    // shortName is the fifth line of the fixture's record.
    const line = `${where}:5: shortName: expected a string, found number 5`;
    expect(error?.message).toBe(`The data does not pass verification:\n${line}`);
    expect(error?.hint).toBe('1 problem(s). Mend them and run `npm run verify:data`.');
    expect(error?.stack).toBe('');
    const verify = spawnSync('npx', ['tsx', 'scripts/verify-data.ts'], {
      env: { ...process.env, DATA_DIR: dir },
      encoding: 'utf8',
    });
    expect(verify.status).toBe(1);
    expect(verify.stderr.split('\n')[0]).toBe(line);
  });
});
