import { formatPercent } from '../format';
import { WORDING_CLASSES, type WordingClass } from '../wording/classes';
import { WORDING_STATES, wordingState, type WordingState } from '../wording/states';
import type { WordingResult } from '../wording/measure';
import { isKeyOf } from './params';

/**
 * What the matrix's cells are shaded by: the report's coding (the default, the four looks of
 * `CELL_STYLES`) or how closely a cell's quotes follow the norm's 2015 GGE wording (this site's
 * measure, `WORDING_CLASSES`). Kept in the query string as `view`; the default is left out.
 */
export const CELL_SHADINGS = {
  report: { label: 'The report’s coding' },
  wording: { label: 'GGE wording (our measure)' },
} as const;
export type CellShading = keyof typeof CELL_SHADINGS;

export const DEFAULT_SHADING: CellShading = 'report';

/** The query-string key of the shading. */
export const SHADING_PARAM = 'view';

/** The shading named by `view`, exactly; anything else is the default. */
export function parseShading(value: string | null): CellShading {
  return isKeyOf(CELL_SHADINGS, value) ? value : DEFAULT_SHADING;
}

/**
 * A shared run as the matrix island gets it: its spans, in the order of `SharedRun`'s fields (its
 * text is the GGE wording's). A tuple, as Astro writes every value of an island's props with a tag.
 */
export type RunSpans = [
  quoteIndex: number,
  quoteStart: number,
  quoteEnd: number,
  ggeStart: number,
  ggeEnd: number,
];

/**
 * A measured cell's wording measure in the island's props. A cell in its own words shares no
 * counted run, so nothing of the GGE wording is covered (share 0): its class alone says it all, and
 * most measured cells are such, so it is sent as the bare class. A cell that shares runs carries
 * the share and the runs' spans the evidence sheet marks. Unmeasured cells have none.
 */
export type CellWordingSummary =
  'own-words' | { class: Exclude<WordingClass, 'own-words'>; share: number; runs: RunSpans[] };

/** The class of a summarised measure. */
export function summaryClass(summary: CellWordingSummary): WordingClass {
  return summary === 'own-words' ? summary : summary.class;
}

/** The props' summary of a cell's measure. */
export function summariseWording(result: WordingResult): CellWordingSummary {
  if (result.class === 'own-words') return result.class;
  return {
    class: result.class,
    share: result.share,
    runs: result.runs.map((run) => [
      run.quoteIndex,
      run.quoteStart,
      run.quoteEnd,
      run.ggeStart,
      run.ggeEnd,
    ]),
  };
}

/** The measure back in its own shape, for the shared evidence components, from the GGE wording. */
export function expandWording(summary: CellWordingSummary, ggeText: string): WordingResult {
  if (summary === 'own-words') return { class: summary, share: 0, runs: [] };
  return {
    class: summary.class,
    share: summary.share,
    runs: summary.runs.map(([quoteIndex, quoteStart, quoteEnd, ggeStart, ggeEnd]) => ({
      text: ggeText.slice(ggeStart, ggeEnd),
      quoteIndex,
      quoteStart,
      quoteEnd,
      ggeStart,
      ggeEnd,
    })),
  };
}

interface MeasuredCell {
  reflected: boolean;
  wording?: CellWordingSummary | undefined;
}

/** Which state a cell has in the wording view: its class, or which way it goes unmeasured. */
export function wordingLook(cell: MeasuredCell): WordingState {
  return wordingState(cell.reflected, cell.wording && summaryClass(cell.wording));
}

/** The classes that draw a look (src/styles/cells.css), for the legend and the cells alike. */
export function wordingLookClasses(look: WordingState): string {
  return `cell-mark wording-mark is-${look}`;
}

/** Sentence case inside a sentence: "Borrows GGE phrases" → "borrows GGE phrases". */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * What a cell says in the wording view, after its name: "borrows GGE phrases, 13% of the GGE
 * words shared", or why it is not measured ("reflected, no quote to measure", "not reflected").
 */
export function describeWording(cell: MeasuredCell): string {
  if (!cell.wording) return lowerFirst(WORDING_STATES[wordingLook(cell)].label);
  const { label } = WORDING_CLASSES[summaryClass(cell.wording)];
  const share = cell.wording === 'own-words' ? 0 : cell.wording.share;
  return `${lowerFirst(label)}, ${formatPercent(share)} of the GGE words shared`;
}
