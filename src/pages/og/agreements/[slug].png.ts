import type { APIRoute } from 'astro';
import { agreementOgImageSvg } from '../../../charts/ogCards';
import { ogResponse } from '../_ogResponse';
import { loadDataset } from '../../../lib/loadDataset';
import { agreementEmbedRoutes, type AgreementEmbedRoute } from '../../../routing';

export async function getStaticPaths() {
  return agreementEmbedRoutes(await loadDataset());
}

/** `/og/agreements/<slug>.png`: the agreement's name and 11-norm strip (1200 × 630). */
export const GET: APIRoute<AgreementEmbedRoute['props']> = async ({ props, site }) => {
  const data = await loadDataset();
  return ogResponse(site, (host) => agreementOgImageSvg(props.agreement, data, host));
};
