import type { APIRoute } from 'astro';
import { chartFileFor, chartFilePaths } from './_chartFile';

export const getStaticPaths = chartFilePaths;

/** `/charts/<id>.svg`: the chart with its title and source line, for print and editing. */
export const GET: APIRoute = async ({ params, site }) => {
  const svg = await chartFileFor(params.id, site);
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
