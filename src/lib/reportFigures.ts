import type { ReportFigure } from '../schemas/reportFigure';
import type { NormFrequency } from './frequencies';

/** One of the report's figures set against what the data gives. */
export interface FigureCheck {
  figure: ReportFigure;
  /** The norm's count and share in the data. */
  frequency: NormFrequency;
  /** The data's percentage, rounded as the report rounds. */
  percent: number;
  /** Where the norm ranks in the data: 1 = most frequent; ties share a rank. */
  rank: number;
  /** Whether the data agrees with the claim: the rank, and the percentage when one is given. */
  agrees: boolean;
}

/** Competition ranking by count, most frequent first: counts 17, 15, 15, 13 → ranks 1, 2, 2, 4. */
function rankOf(frequencies: readonly NormFrequency[], count: number): number {
  return 1 + frequencies.filter((f) => f.count > count).length;
}

/**
 * Checks each of the report's figures against the frequencies computed from the data. A
 * "most-frequent" claim holds when the norm ranks first, "second-most-frequent" when it ranks second,
 * "least-frequent" when no norm is reflected less often; a stated percentage must match once rounded.
 */
export function checkReportFigures(
  figures: readonly ReportFigure[],
  frequencies: readonly NormFrequency[],
): FigureCheck[] {
  const lowest = Math.min(...frequencies.map((f) => f.count));
  return figures.map((figure) => {
    const frequency = frequencies.find((f) => f.norm.id === figure.norm);
    if (!frequency) throw new Error(`checkReportFigures: no frequency for norm ${figure.norm}`);
    const percent = Math.round(frequency.share * 100);
    const rank = rankOf(frequencies, frequency.count);
    const rankHolds =
      figure.claim === 'most-frequent'
        ? rank === 1
        : figure.claim === 'second-most-frequent'
          ? rank === 2
          : frequency.count === lowest;
    const percentHolds = figure.percent === undefined || figure.percent === percent;
    return { figure, frequency, percent, rank, agrees: rankHolds && percentHolds };
  });
}
