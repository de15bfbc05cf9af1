/**
 * The one place pages read the content layer: everything else in `src/lib` is pure and takes the
 * dataset (or parts of it) as arguments, so it can be tested and reused by scripts.
 */
import { getEntry } from 'astro:content';
import { DATASET_ENTRY } from './dataset/contentLoader';
import type { Dataset } from './dataset/dataset';

export type { Dataset } from './dataset/dataset';

let cached: Promise<Dataset> | undefined;

/** The whole verified dataset, read once per build. */
export function loadDataset(): Promise<Dataset> {
  cached ??= read();
  return cached;
}

async function read(): Promise<Dataset> {
  const entry = await getEntry('dataset', DATASET_ENTRY);
  if (!entry) throw new Error('The dataset collection is empty: its loader did not run.');
  return entry.data as Dataset;
}
