import type { APIRoute } from 'astro';
import { buildSite } from '../../lib/base';
import { loadDataset } from '../../lib/loadDataset';
import { downloadRoutes, type DownloadRoute } from '../../routing';

export async function getStaticPaths() {
  return downloadRoutes(await loadDataset());
}

/** `/data/<file>` and `/data/v<version>/<file>`: the open-data files, generated at build time. */
export const GET: APIRoute<DownloadRoute['props']> = async ({ props: { download }, site }) =>
  new Response(download.build(await loadDataset(), buildSite(site)), {
    headers: { 'Content-Type': `${download.mediaType}; charset=utf-8` },
  });
