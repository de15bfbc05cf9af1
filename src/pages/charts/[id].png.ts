import type { APIRoute } from 'astro';
import { svgToPng } from '../../charts/files';
import { chartRoutes, type ChartRoute } from '../../routing';
import { chartFileFor } from './_chartFile';

export const getStaticPaths = chartRoutes;

/** `/charts/<id>.png`: the downloadable SVG rendered at 2× at build time, for slides. */
export const GET: APIRoute<ChartRoute['props']> = async ({ props, site }) => {
  const svg = await chartFileFor(props.chart, site);
  return new Response(svgToPng(svg, 2), { headers: { 'Content-Type': 'image/png' } });
};
