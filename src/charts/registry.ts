import { coOccurrenceChart } from './coOccurrence';
import { normFrequencyChart } from './normFrequency';
import { normsByCategoryChart } from './normsByCategory';
import { normsPerAgreementChart } from './normsPerAgreement';
import { timelineChart } from './timeline';
import type { ChartDefinition } from './types';

/** Every chart, in the order of the gallery. Ids are public: `/charts/<id>/`, `/embed/<id>/`. */
export const CHARTS: readonly ChartDefinition[] = [
  normFrequencyChart,
  normsPerAgreementChart,
  normsByCategoryChart,
  timelineChart,
  coOccurrenceChart,
];

export function chartById(id: string): ChartDefinition {
  const chart = CHARTS.find((c) => c.id === id);
  if (!chart)
    throw new Error(`No chart with id "${id}"; known: ${CHARTS.map((c) => c.id).join(', ')}`);
  return chart;
}
