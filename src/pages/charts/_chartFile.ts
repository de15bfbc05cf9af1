// Shared by the chart file endpoints (`[id].svg.ts`, `[id].png.ts`); the underscore keeps it from
// being a route.
import { chartFileSvg } from '../../charts/chartFiles';
import type { ChartDefinition } from '../../charts/types';
import { buildSite } from '../../lib/base';
import { loadDataset } from '../../lib/loadDataset';

/** The downloadable SVG of a chart: the chart with its title and source line. */
export async function chartFileFor(chart: ChartDefinition, site: URL | undefined): Promise<string> {
  return chartFileSvg(chart, await loadDataset(), buildSite(site));
}
