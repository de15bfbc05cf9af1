import type { APIRoute } from 'astro';
import { svgToPng } from '../charts/files';
import { ogImageSvg } from '../charts/ogImage';
import { buildSite } from '../lib/base';
import { loadDataset } from '../lib/loadDataset';

/** `/og-image.png`, the link-preview image (1200 × 630): the frequency chart with the site's name. */
export const GET: APIRoute = async ({ site }) => {
  const host = buildSite(site).host;
  return new Response(svgToPng(ogImageSvg(await loadDataset(), host), 1), {
    headers: { 'Content-Type': 'image/png' },
  });
};
