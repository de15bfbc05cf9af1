import type { Dataset } from '../lib/dataset/dataset';
import { absoluteUrl } from '../lib/base';
import { chartSourceLines } from '../lib/cite';
import { chartPath } from '../lib/urls';
import { fileSvg, highlightSet } from './document';
import { WIDTHS } from './palette';
import type { ChartDefinition } from './types';

/** The standalone SVG of a chart, as downloaded: title, chart, source line, absolute links. */
export function chartFileSvg(
  chart: ChartDefinition,
  dataset: Pick<Dataset, 'agreements' | 'norms' | 'meta' | 'report'>,
  site: URL | string,
): string {
  const built = chart.build(dataset);
  const toAbsolute = (path: string) => absoluteUrl(path, site);
  const source = chartSourceLines(
    dataset.report,
    dataset.meta.version,
    toAbsolute(chartPath(chart.id)),
  );
  return fileSvg(
    chart,
    built,
    { width: WIDTHS.wide, highlight: highlightSet(), href: toAbsolute },
    source,
  );
}
