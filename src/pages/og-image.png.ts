import type { APIRoute } from 'astro';
import { ogImageSvg } from '../charts/ogImage';
import { loadDataset } from '../lib/loadDataset';
import { ogResponse } from './og/_ogResponse';

/** `/og-image.png`, the site's link-preview image (1200 × 630): the frequency chart with the site's name. */
export const GET: APIRoute = async ({ site }) => {
  const data = await loadDataset();
  return ogResponse(site, (host) => ogImageSvg(data, host));
};
