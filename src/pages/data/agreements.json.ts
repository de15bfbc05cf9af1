import type { APIRoute } from 'astro';
import { agreementsExport } from '../../lib/exports';
import { loadDataset } from '../../lib/loadDataset';

/** Every agreement with its metadata and its 11 norm cells, as published data. */
export const GET: APIRoute = async () => {
  const { agreements, meta, sources } = await loadDataset();
  const report = sources.find((s) => s.kind === 'report');
  if (!report) throw new Error('data/agreements.json: no report in data/sources.yaml');
  return new Response(JSON.stringify(agreementsExport(agreements, meta, report), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
