import type { APIRoute } from 'astro';
import { svgToPng } from '../../charts/files';
import { chartFileFor, chartFilePaths } from './_chartFile';

export const getStaticPaths = chartFilePaths;

/** `/charts/<id>.png`: the downloadable SVG rendered at 2× at build time, for slides. */
export const GET: APIRoute = async ({ params, site }) => {
  const svg = await chartFileFor(params.id, site);
  return new Response(svgToPng(svg, 2), { headers: { 'Content-Type': 'image/png' } });
};
