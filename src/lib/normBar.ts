/**
 * The compact picture of an agreement's norms on list pages: a bar of equal segments, one per norm,
 * drawn as one SVG path per cell state (so a card costs a few elements, not one per norm), and one
 * sentence that says the same in words, so the bar is never read by colour alone.
 */
import type { CellState } from '../schemas/values';
import { formatInteger, listOf } from './format';

/** A segment's width and height and the gap after it, in the bar's own units. */
const SEGMENT = { width: 10, height: 10, gap: 2 };

export interface NormBar {
  width: number;
  height: number;
  /** One path per state present, in the order of CELL_STATES' keys, each a run of rectangles. */
  paths: { state: CellState; d: string }[];
}

/** The bar of `states` (one per norm, in norm order): `M0 0h10v10h-10z M12 0…` per state. */
export function normBarPaths(states: readonly CellState[]): NormBar {
  const order: CellState[] = ['yes', 'unlabeled', 'no'];
  const step = SEGMENT.width + SEGMENT.gap;
  const rect = (i: number) =>
    `M${i * step} 0h${SEGMENT.width}v${SEGMENT.height}h-${SEGMENT.width}z`;
  return {
    width: states.length * step - SEGMENT.gap,
    height: SEGMENT.height,
    paths: order.flatMap((state) => {
      const rects = states.flatMap((s, i) => (s === state ? [rect(i)] : []));
      return rects.length > 0 ? [{ state, d: rects.join(' ') }] : [];
    }),
  };
}

/**
 * The bar in words: `Reflects norms 1, 2 and 5 of 11`, `Reflects norm 6 of 11`,
 * `Reflects all 11 norms`, `Reflects none of the 11 norms`.
 */
export function normBarSummary(reflected: readonly number[], total: number): string {
  const all = formatInteger(total);
  if (reflected.length === 0) return `Reflects none of the ${all} norms`;
  if (reflected.length === total) return `Reflects all ${all} norms`;
  const ids = listOf(reflected.map(formatInteger));
  return `Reflects ${reflected.length === 1 ? 'norm' : 'norms'} ${ids} of ${all}`;
}
