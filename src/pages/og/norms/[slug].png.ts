import type { APIRoute } from 'astro';
import { normOgImageSvg } from '../../../charts/ogCards';
import { ogResponse } from '../_ogResponse';
import { loadDataset } from '../../../lib/loadDataset';
import { normImageRoutes, type NormImageRoute } from '../../../routing';

export async function getStaticPaths() {
  return normImageRoutes(await loadDataset());
}

/** `/og/norms/<slug>.png`: the norm's title and how many agreements reflect it (1200 × 630). */
export const GET: APIRoute<NormImageRoute['props']> = async ({ props, site }) => {
  const data = await loadDataset();
  return ogResponse(site, (host) => normOgImageSvg(props.norm, data, host));
};
