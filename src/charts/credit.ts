import { chartSourceLines } from '../lib/cite';
import type { Source } from '../schemas/source';
import type { ChartDefinition } from './types';

/**
 * The lines under a chart wherever it goes (page, embed, files): the line naming a measure of this
 * site's first when the chart draws one, then the report's source line and the chart's credit.
 */
export function chartCreditLines(
  chart: Pick<ChartDefinition, 'measure'>,
  report: Source,
  version: string,
  chartUrl: string,
): string[] {
  return [
    ...(chart.measure ? [chart.measure.line] : []),
    ...chartSourceLines(report, version, chartUrl),
  ];
}
