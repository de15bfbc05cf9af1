import type { APIRoute } from 'astro';
import { chartCsv } from '../../charts/files';
import { loadDataset } from '../../lib/loadDataset';
import { chartRoutes, type ChartRoute } from '../../routing';

export const getStaticPaths = chartRoutes;

/** `/charts/<id>.csv`: exactly the numbers the chart draws (its data table). */
export const GET: APIRoute<ChartRoute['props']> = async ({ props }) => {
  const { agreements, norms, meta, wording } = await loadDataset();
  const built = props.chart.build({ agreements, norms, wording });
  return new Response(chartCsv(built, meta.version), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
