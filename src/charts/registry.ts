import { coOccurrenceChart } from './coOccurrence';
import { normFrequencyChart, normFrequencyWithDocumentsChart } from './normFrequency';
import { normsByCategoryChart } from './normsByCategory';
import { normsPerAgreementChart } from './normsPerAgreement';
import { timelineChart } from './timeline';
import type { ChartDefinition } from './types';
import { documentWordingChart, wordingByNormChart } from './wordingByNorm';

/** Every chart, in the order of the gallery. Ids are public: `/charts/<id>/`, `/embed/<id>/`. */
export const CHARTS: readonly ChartDefinition[] = [
  normFrequencyChart,
  normsPerAgreementChart,
  normsByCategoryChart,
  timelineChart,
  coOccurrenceChart,
  wordingByNormChart,
];

export function chartById(id: string): ChartDefinition {
  const chart = CHARTS.find((c) => c.id === id);
  if (!chart)
    throw new Error(`No chart with id "${id}"; known: ${CHARTS.map((c) => c.id).join(', ')}`);
  return chart;
}

/**
 * Charts that have a variant adding the documents coded by our editors, shown on the chart's page
 * behind a switch (`?docs=1`). The variant is not in the gallery and has no downloads of its own.
 */
export const EDITOR_VARIANTS: Readonly<Record<string, ChartDefinition>> = {
  [normFrequencyChart.id]: normFrequencyWithDocumentsChart,
  [wordingByNormChart.id]: documentWordingChart,
};
