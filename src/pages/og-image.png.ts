import type { APIRoute } from 'astro';
import { chartFileSvg } from '../charts/chartFiles';
import { svgToPng } from '../charts/files';
import { normFrequencyChart } from '../charts/normFrequency';
import { loadDataset } from '../lib/loadDataset';

/** The link-preview image (1200 × 630 at most): the frequency chart, as downloaded, scaled to fit. */
export const GET: APIRoute = async ({ site }) => {
  const svg = chartFileSvg(
    normFrequencyChart,
    await loadDataset(),
    site ?? 'http://localhost:4321',
  );
  const height = Number(/height="([\d.]+)"/u.exec(svg)?.[1] ?? 630);
  return new Response(svgToPng(svg, Math.min(630 / height, 1200 / 760)), {
    headers: { 'Content-Type': 'image/png' },
  });
};
