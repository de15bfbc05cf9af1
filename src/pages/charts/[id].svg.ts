import type { APIRoute } from 'astro';
import { chartRoutes, type ChartRoute } from '../../routing';
import { chartFileFor } from './_chartFile';

export const getStaticPaths = chartRoutes;

/** `/charts/<id>.svg`: the chart with its title and source line, for print and editing. */
export const GET: APIRoute<ChartRoute['props']> = async ({ props, site }) => {
  const svg = await chartFileFor(props.chart, site);
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
