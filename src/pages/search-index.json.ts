import type { APIRoute } from 'astro';
import { loadDataset } from '../lib/loadDataset';
import { buildSearchDocuments } from '../lib/search/documents';
import { buildSearchPayload } from '../lib/search/searcher';

/** The prebuilt search index, shared by the matrix and the site-wide search. */
export const GET: APIRoute = async () => {
  const { agreements, norms, meta } = await loadDataset();
  const payload = buildSearchPayload(buildSearchDocuments(agreements, norms), meta.version);
  return new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json' } });
};
