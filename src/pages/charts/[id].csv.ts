import type { APIRoute } from 'astro';
import { chartCsv } from '../../charts/files';
import { chartById } from '../../charts/registry';
import { loadDataset } from '../../lib/loadDataset';
import { chartFilePaths } from './_chartFile';

export const getStaticPaths = chartFilePaths;

/** `/charts/<id>.csv`: exactly the numbers the chart draws (its data table). */
export const GET: APIRoute = async ({ params }) => {
  const { agreements, norms, meta } = await loadDataset();
  const built = chartById(params.id ?? '').build({ agreements, norms });
  return new Response(chartCsv(built, meta.version), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
