import type { APIRoute } from 'astro';
import { OG_SIZE } from '../../../charts/ogImage';
import { agreementEmbed } from '../../../components/embed/agreementEmbed';
import { absoluteUrl, buildSite } from '../../../lib/base';
import { embedSnippet } from '../../../lib/embed';
import { loadDataset } from '../../../lib/loadDataset';
import { oembedRich } from '../../../lib/oembed';
import { agreementEmbedPath, ogImagePath, paths } from '../../../lib/urls';
import { agreementEmbedRoutes, type AgreementEmbedRoute } from '../../../routing';

export async function getStaticPaths() {
  return agreementEmbedRoutes(await loadDataset());
}

/** `/oembed/agreements/<slug>.json`: the agreement's 11-norm strip as an oEmbed `rich` response. */
export const GET: APIRoute<AgreementEmbedRoute['props']> = async ({ props, site }) => {
  const origin = buildSite(site);
  const url = (path: string) => absoluteUrl(path, origin);
  const { agreement } = props;
  const embed = agreementEmbed(agreement, await loadDataset(), origin.host);
  const body = oembedRich({
    html: embedSnippet({
      src: url(agreementEmbedPath(agreement.slug)),
      title: embed.title,
      height: embed.height,
    }),
    width: embed.width,
    height: embed.height,
    title: embed.title,
    providerUrl: url(paths.home),
    thumbnail: { url: url(ogImagePath('agreements', agreement.slug)), ...OG_SIZE },
  });
  return Response.json(body);
};
