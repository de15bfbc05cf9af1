import type { APIRoute } from 'astro';
import { chartOgImageSvg } from '../../../charts/ogImage';
import { ogResponse } from '../_ogResponse';
import { loadDataset } from '../../../lib/loadDataset';
import { chartRoutes, type ChartRoute } from '../../../routing';

export const getStaticPaths = chartRoutes;

/** `/og/charts/<id>.png`: the chart's link-preview image (1200 × 630). */
export const GET: APIRoute<ChartRoute['props']> = async ({ props, site }) => {
  const data = await loadDataset();
  return ogResponse(site, (host) => chartOgImageSvg(props.chart, data, host));
};
