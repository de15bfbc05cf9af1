import type { APIRoute } from 'astro';
import { chartEmbed } from '../../../charts/embedFrame';
import { OG_SIZE } from '../../../charts/ogImage';
import { absoluteUrl, buildSite } from '../../../lib/base';
import { embedSnippet } from '../../../lib/embed';
import { loadDataset } from '../../../lib/loadDataset';
import { oembedRich } from '../../../lib/oembed';
import { chartPath, embedPath, ogImagePath, paths } from '../../../lib/urls';
import { chartRoutes, type ChartRoute } from '../../../routing';

export const getStaticPaths = chartRoutes;

/** `/oembed/charts/<id>.json`: the chart's embed as an oEmbed 1.0 `rich` response. */
export const GET: APIRoute<ChartRoute['props']> = async ({ props: { chart }, site }) => {
  const origin = buildSite(site);
  const url = (path: string) => absoluteUrl(path, origin);
  const { height, width } = chartEmbed(chart, await loadDataset(), url(chartPath(chart.id)));
  const body = oembedRich({
    html: embedSnippet({ src: url(embedPath(chart.id)), title: chart.title, height }),
    width,
    height,
    title: chart.title,
    providerUrl: url(paths.home),
    thumbnail: { url: url(ogImagePath('charts', chart.id)), ...OG_SIZE },
  });
  return Response.json(body);
};
