import type { APIRoute } from 'astro';
import { DOWNLOADS, downloadAt, fileName } from '../../lib/downloads';
import { loadDataset } from '../../lib/loadDataset';

export function getStaticPaths() {
  return DOWNLOADS.map((d) => ({ params: { file: fileName(d) } }));
}

/** `/data/<file>`: the open-data files, generated from the YAML at build time. */
export const GET: APIRoute = async ({ params, site }) => {
  const download = downloadAt(`/data/${params.file ?? ''}`);
  return new Response(download.build(await loadDataset(), site ?? 'http://localhost:4321'), {
    headers: { 'Content-Type': `${download.mediaType}; charset=utf-8` },
  });
};
