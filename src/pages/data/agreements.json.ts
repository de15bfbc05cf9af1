import type { APIRoute } from 'astro';
import { agreementsExport } from '../../lib/exports';
import { loadDataset } from '../../lib/loadDataset';

/** Every agreement with its metadata and its 11 norm cells, as published data. */
export const GET: APIRoute = async () => {
  const { agreements, meta, report } = await loadDataset();
  return new Response(JSON.stringify(agreementsExport(agreements, meta, report), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
