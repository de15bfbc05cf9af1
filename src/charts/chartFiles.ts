import type { Dataset } from '../lib/dataset/dataset';
import { absoluteUrl } from '../lib/base';
import { chartPath } from '../lib/urls';
import { chartCreditLines } from './credit';
import { fileSvg, highlightSet } from './document';
import { embeddedFontStyle } from './fontSubset';
import { FILE_WIDTH } from './palette';
import type { ChartDefinition } from './types';

/**
 * The standalone SVG of a chart, as downloaded: title, chart, source and licence lines, absolute
 * links, and the font subset its text needs (the PNG is rendered from the same file).
 */
export function chartFileSvg(
  chart: ChartDefinition,
  dataset: Pick<Dataset, 'agreements' | 'norms' | 'wording' | 'meta' | 'report'>,
  site: URL | string,
): string {
  const built = chart.build(dataset);
  const toAbsolute = (path: string) => absoluteUrl(path, site);
  const source = chartCreditLines(
    chart,
    dataset.report,
    dataset.meta.version,
    toAbsolute(chartPath(chart.id)),
  );
  return fileSvg(
    chart,
    built,
    { width: FILE_WIDTH, highlight: highlightSet(), href: toAbsolute },
    { sourceLines: source, licence: dataset.meta.license, embedFont: embeddedFontStyle },
  );
}
