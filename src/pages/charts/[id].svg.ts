import type { APIRoute } from 'astro';
import { chartFileSvg } from '../../charts/chartFiles';
import { CHARTS, chartById } from '../../charts/registry';
import { loadDataset } from '../../lib/loadDataset';

export function getStaticPaths() {
  return CHARTS.map((chart) => ({ params: { id: chart.id } }));
}

/** `/charts/<id>.svg`: the chart with its title and source line, for print and editing. */
export const GET: APIRoute = async ({ params, site }) => {
  const svg = chartFileSvg(
    chartById(params.id ?? ''),
    await loadDataset(),
    site ?? 'http://localhost:4321',
  );
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
