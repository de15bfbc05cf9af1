import { performance } from 'node:perf_hooks';
import type { Agreement } from '../../../src/schemas/agreement';
import type { Norm } from '../../../src/schemas/norm';
import { buildSearchDocuments } from '../../../src/lib/search/documents';
import { buildSearchPayload, createSearcher } from '../../../src/lib/search/searcher';

/** A fixed query set: names, topics, phrases, typos, and one long pasted sentence. */
export const QUERIES = [
  'paris',
  'G7',
  'critical infrastructure',
  'human rights',
  'privacy',
  'supply chain',
  'vulnerability disclosure',
  'CERT',
  'emergency response teams',
  'botnet',
  'cooperation',
  'infrastucture',
  'cybercrime',
  'malicious ICT activity',
  'state sovereignty',
  'responsible disclosure',
  'technical community',
  'Budapest',
  'territory',
  'the free flow of information and respect for human rights online',
];

/**
 * Median and 95th percentile of one search, in ms, over every query run `rounds` times; and the
 * one-off time to get the searcher ready from the shipped JSON.
 */
export function searchTimes(
  agreements: readonly Agreement[],
  norms: readonly Norm[],
  rounds = 20,
): { median: number; p95: number; docs: number; indexBytes: number; readyMs: number } {
  const docs = buildSearchDocuments(agreements, norms);
  const payloadText = JSON.stringify(buildSearchPayload(docs, 'bench'));
  // The browser's path: parse the shipped JSON, load the prebuilt index, then search. Getting
  // ready is paid once per page, when the reader first searches; it is timed apart.
  const readyStart = performance.now();
  const search = createSearcher(JSON.parse(payloadText) as ReturnType<typeof buildSearchPayload>);
  const readyMs = performance.now() - readyStart;
  for (const q of QUERIES) search(q); // warm up
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const q of QUERIES) {
      const start = performance.now();
      search(q, 1000);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
  return {
    median: at(0.5),
    p95: at(0.95),
    docs: docs.length,
    indexBytes: Buffer.byteLength(payloadText),
    readyMs,
  };
}
