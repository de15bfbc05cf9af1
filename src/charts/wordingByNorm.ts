import type { NormCell } from '../schemas/agreement';
import { formatPercent, listOf, plural } from '../lib/format';
import {
  agreementNormPath,
  agreementPath,
  documentPath,
  normBlockId,
  wordingMeasurePath,
} from '../lib/urls';
import { classCounts } from '../lib/wording/counts';
import { wordingFor, type CellWording } from '../lib/wording/datasetWording';
import type { BuiltChart, ChartDefinition, ChartInput } from './types';
import { renderWordingGrid, type WordingGridRow } from './wordingGrid';
import { wordingState, type WordingState } from '../lib/wording/states';
import { stateShort } from './wordingMarks';

/** A record's cells, norm by norm: its measured class, or why it has none. */
function cellsOf(
  record: { key: string; norms: readonly Pick<NormCell, 'norm' | 'reflected'>[] },
  measured: readonly CellWording[],
  norms: ChartInput['norms'],
): WordingGridRow['cells'] {
  return norms.map((n) => {
    const result = wordingFor(measured, record.key, n.id);
    if (result) return { norm: n.id, state: result.class, share: result.share };
    const reflected = record.norms.some((c) => c.norm === n.id && c.reflected);
    return { norm: n.id, state: wordingState(reflected, undefined), share: null };
  });
}

/** The report's agreements in report order; the measure is read from the dataset's, never recomputed. */
export function wordingByNormData({ agreements, norms, wording }: ChartInput): WordingGridRow[] {
  return [...agreements]
    .sort((a, b) => a.order - b.order)
    .map((a) => ({
      record: a.slug,
      shortName: a.shortName,
      href: agreementPath(a.slug),
      cellHref: (norm) => agreementNormPath(a.slug, norm),
      key: `agreement:${a.slug}` as const,
      cells: cellsOf({ key: a.slug, norms: a.norms }, wording.agreements, norms),
    }));
}

/** The documents coded by our editors, by id (the order of the dataset's measure). */
export function documentWordingData({
  documents = [],
  norms,
  wording,
}: ChartInput): WordingGridRow[] {
  return [...documents]
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .map((d) => ({
      record: d.id,
      shortName: d.shortName,
      href: documentPath(d.id),
      cellHref: (norm) => `${documentPath(d.id)}#${normBlockId(norm)}`,
      cells: cellsOf({ key: d.id, norms: d.norms }, wording.documents, norms),
    }));
}

/** How many cells are in each state: the classes by `classCounts`, the unmeasured from the rows. */
function stateCounts(
  rows: readonly WordingGridRow[],
  measured: readonly CellWording[],
): Record<WordingState, number> {
  const cells = rows.flatMap((r) => r.cells);
  return {
    ...classCounts(measured),
    'not-measured': cells.filter((c) => c.state === 'not-measured').length,
    'not-reflected': cells.filter((c) => c.state === 'not-reflected').length,
  };
}

/** A table cell: the class with its symbol, and the share of the GGE words when some are shared. */
function cellText({ state, share }: WordingGridRow['cells'][number]): string {
  return share !== null && share > 0
    ? `${stateShort(state)}, ${formatPercent(share)}`
    : stateShort(state);
}

const verb = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The text alternative: the classes' counts, which records restate, and what went unmeasured. */
function wordingSummary(
  rows: readonly WordingGridRow[],
  counts: Record<WordingState, number>,
  whose: string,
): string {
  const measured = counts.restates + counts['borrows-phrases'] + counts['own-words'];
  const restating = rows.filter((r) => r.cells.some((c) => c.state === 'restates'));
  const where = restating.length
    ? ` (${counts.restates === 1 ? '' : 'all '}in ${listOf(restating.map((r) => r.shortName))})`
    : '';
  return (
    `Of ${plural(measured, 'measured cell')}, ${verb(counts.restates, 'restates', 'restate')} the GGE wording${where}, ` +
    `${verb(counts['borrows-phrases'], 'borrows', 'borrow')} phrases and ${verb(counts['own-words'], 'is', 'are')} in the ${whose} own words; ` +
    `${plural(counts['not-measured'], 'reflected cell')} ${counts['not-measured'] === 1 ? 'has' : 'have'} no quote to measure. `
  );
}

/** The chart built from rows: summary, table (the CSV) and drawing. */
function builtGrid(
  rows: readonly WordingGridRow[],
  measured: readonly CellWording[],
  input: ChartInput,
  text: { first: string; whose: string; closing: string },
): BuiltChart {
  const counts = stateCounts(rows, measured);
  return {
    summary: wordingSummary(rows, counts, text.whose) + text.closing,
    table: {
      columns: [text.first, ...input.norms.map((n) => `Norm ${n.id}`)],
      rows: rows.map((r) => ({ cells: [r.shortName, ...r.cells.map(cellText)], href: r.href })),
    },
    render: (options) => renderWordingGrid(rows, input.norms, counts, options),
  };
}

export const wordingByNormChart: ChartDefinition = {
  id: 'wording-by-norm',
  title: 'How closely each agreement follows the 2015 GGE wording, by norm: this site’s measure',
  description:
    'For each agreement and norm, whether the report’s quotes of the agreement restate the norm’s 2015 UN GGE text, borrow phrases from it or use their own words: a measure of shared runs of words computed by this site, not the report’s coding.',
  measure: {
    line: 'Measure: Cyber Norms Explorer (shared runs of words with the 2015 GGE text), from the quotes in the report; this site’s measure, not the report’s coding.',
    path: wordingMeasurePath,
  },
  build: (input) =>
    builtGrid(wordingByNormData(input), input.wording.agreements, input, {
      first: 'Agreement',
      whose: 'agreements’',
      closing: 'The measure is this site’s, not the report’s.',
    }),
};

/**
 * The same measure over the documents our editors coded (the switch on the chart's page): their
 * rows drawn in a figure of their own, labelled as the editors' coding, never mixed with the report's.
 */
export const documentWordingChart: ChartDefinition = {
  id: 'wording-by-norm-documents',
  title: 'The same measure on the documents coded by our editors',
  description:
    'How closely the quotes in the related documents coded by the Cyber Norms Explorer editors (their coding, not the report’s) follow each norm’s 2015 GGE wording: this site’s measure.',
  measure: {
    line: 'Measure: Cyber Norms Explorer (shared runs of words with the 2015 GGE text), from the quotes our editors coded; this site’s measure and the editors’ coding, not the report’s.',
    path: wordingMeasurePath,
  },
  build: (input) =>
    builtGrid(documentWordingData(input), input.wording.documents, input, {
      first: 'Document (our editors’ coding)',
      whose: 'documents’',
      closing: 'The documents and their cells are our editors’ coding; the measure is this site’s.',
    }),
};
