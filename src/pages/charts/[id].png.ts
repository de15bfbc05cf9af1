import type { APIRoute } from 'astro';
import { chartFileSvg } from '../../charts/chartFiles';
import { svgToPng } from '../../charts/files';
import { CHARTS, chartById } from '../../charts/registry';
import { loadDataset } from '../../lib/loadDataset';

export function getStaticPaths() {
  return CHARTS.map((chart) => ({ params: { id: chart.id } }));
}

/** `/charts/<id>.png`: the downloadable SVG rendered at 2× at build time, for slides. */
export const GET: APIRoute = async ({ params, site }) => {
  const svg = chartFileSvg(
    chartById(params.id ?? ''),
    await loadDataset(),
    site ?? 'http://localhost:4321',
  );
  return new Response(svgToPng(svg, 2), { headers: { 'Content-Type': 'image/png' } });
};
