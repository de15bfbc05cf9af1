// Shared by the chart file endpoints (`[id].svg.ts`, `[id].png.ts`); the underscore keeps it from
// being a route.
import { chartFileSvg } from '../../charts/chartFiles';
import { CHARTS, chartById } from '../../charts/registry';
import { loadDataset } from '../../lib/loadDataset';

/** One file per chart in the gallery. */
export function chartFilePaths() {
  return CHARTS.map((chart) => ({ params: { id: chart.id } }));
}

/** The downloadable SVG of chart `id`: the chart with its title and source line. */
export async function chartFileFor(id: string | undefined, site: URL | undefined): Promise<string> {
  return chartFileSvg(chartById(id ?? ''), await loadDataset(), site ?? 'http://localhost:4321');
}
