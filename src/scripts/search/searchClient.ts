import type { GroupLimits, ResultGroup } from '../../lib/search/groupResults';

/** A search for the worker (searchWorker.ts) to run. */
export interface SearchRequest {
  id: number;
  query: string;
  limits: GroupLimits;
  radius: number;
}

/** The worker's answer: the grouped results, or null when the index could not be loaded. */
export interface SearchResponse {
  id: number;
  groups: ResultGroup[] | null;
}

/** What became of a search: its results, overtaken by a newer search, or failed. */
export type SearchOutcome =
  { status: 'done'; groups: ResultGroup[] } | { status: 'stale' } | { status: 'failed' };

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, (outcome: SearchOutcome) => void>();

function settle(predicate: (id: number) => boolean, outcome: (id: number) => SearchOutcome) {
  for (const [id, resolve] of waiting) {
    if (!predicate(id)) continue;
    waiting.delete(id);
    resolve(outcome(id));
  }
}

function start(): Worker {
  const started = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' });
  started.addEventListener('message', ({ data }: MessageEvent<SearchResponse>) => {
    // The worker answers only the newest of the requests it had waiting: older ones are stale.
    settle(
      (id) => id <= data.id,
      (id) =>
        id !== data.id
          ? { status: 'stale' }
          : data.groups
            ? { status: 'done', groups: data.groups }
            : { status: 'failed' },
    );
  });
  started.addEventListener('error', () => {
    settle(
      () => true,
      () => ({ status: 'failed' }),
    );
    worker = null;
  });
  return started;
}

/** Searches in a worker (started on first use), so that typing never waits for fuse.js. */
export function searchGrouped(
  query: string,
  limits: GroupLimits,
  radius: number,
): Promise<SearchOutcome> {
  worker ??= start();
  nextId += 1;
  const request: SearchRequest = { id: nextId, query, limits, radius };
  return new Promise((resolve) => {
    waiting.set(request.id, resolve);
    worker?.postMessage(request);
  });
}
