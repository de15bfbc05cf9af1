import type { Dataset } from '../lib/dataset/dataset';
import { absoluteUrl } from '../lib/base';
import { chartPath } from '../lib/urls';
import { chartCreditLines } from './credit';
import { fileSvg, fileSvgSize, highlightSet } from './document';
import { embeddedFontStyle } from './fontSubset';
import { FILE_WIDTH } from './palette';
import type { ChartDefinition } from './types';

type FileDataset = Pick<Dataset, 'agreements' | 'norms' | 'wording' | 'meta' | 'report'>;

/** What a chart's file is made of: the built chart, its rendering options and its credit lines. */
function fileParts(chart: ChartDefinition, dataset: FileDataset, site: URL | string) {
  const built = chart.build(dataset);
  const toAbsolute = (path: string) => absoluteUrl(path, site);
  const options = { width: FILE_WIDTH, highlight: highlightSet(), href: toAbsolute };
  const credit = {
    sourceLines: chartCreditLines(
      chart,
      dataset.report,
      dataset.meta.version,
      toAbsolute(chartPath(chart.id)),
    ),
    licence: dataset.meta.license,
    embedFont: embeddedFontStyle,
  };
  return { built, options, credit };
}

/**
 * The standalone SVG of a chart, as downloaded: title, chart, source and licence lines, absolute
 * links, and the font subset its text needs (the PNG is rendered from the same file).
 */
export function chartFileSvg(
  chart: ChartDefinition,
  dataset: FileDataset,
  site: URL | string,
): string {
  const { built, options, credit } = fileParts(chart, dataset, site);
  return fileSvg(chart, built, options, credit);
}

/** The size of that file, without drawing it or subsetting its font (for the image embed). */
export function chartFileSize(
  chart: ChartDefinition,
  dataset: FileDataset,
  site: URL | string,
): { width: number; height: number } {
  const { built, options, credit } = fileParts(chart, dataset, site);
  return fileSvgSize(chart, built, options, credit);
}
