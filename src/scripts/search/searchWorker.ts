/**
 * Runs the search off the main thread: fuse.js takes tens of milliseconds over the whole index (more
 * for a long phrase), which would stall typing. Receives `SearchRequest`s, answers `SearchResponse`s;
 * while it is busy only the newest request waiting is answered, the others are dropped as stale.
 */
import { groupResults } from '../../lib/search/groupResults';
import { loadIndex } from './loadIndex';
import type { SearchRequest, SearchResponse } from './searchClient';

let latest: SearchRequest | null = null;
let scheduled = false;

function reply(response: SearchResponse): void {
  postMessage(response);
}

async function run(): Promise<void> {
  scheduled = false;
  const request = latest;
  latest = null;
  if (!request) return;
  try {
    const { search, docs } = await loadIndex();
    const { id, query, limits, radius } = request;
    reply({ id, groups: groupResults(search(query, 1000), query, docs, limits, radius) });
  } catch {
    reply({ id: request.id, groups: null });
  }
}

addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  latest = event.data;
  if (!scheduled) {
    scheduled = true;
    setTimeout(() => void run(), 0);
  }
});
