/**
 * How a cell of the wording measure is drawn: a square in its class's colour with the class's
 * symbol on it (filled, half or empty circle), so a class never rests on colour alone. Symbols are
 * shapes, not the ● ◐ ○ glyphs: the chart font has no ◐, and the PNG renderer has no other font.
 */
import type { WordingClass } from '../lib/wording/classes';
import { WORDING_STATES, isWordingClass, type WordingState } from '../lib/wording/states';
import { PALETTE, TYPE } from './palette';
import { el, round, text } from './svg';

/** The states in the legend's order, closest to the GGE wording first. */
export const WORDING_STATE_ORDER = Object.keys(WORDING_STATES) as WordingState[];

/** The state's label for the legend ("Restates the GGE wording"). */
export function stateLabel(state: WordingState): string {
  return WORDING_STATES[state].label;
}

/** The state's words in the data table: symbol and short label ("● Restates"). */
export function stateShort(state: WordingState): string {
  const { symbol, short } = WORDING_STATES[state];
  return isWordingClass(state) ? `${symbol} ${short}` : short;
}

/** Light colours for the files (CSS gives the page the theme's `--wording-*` pairs). */
const FILL: Record<WordingState, string> = {
  restates: PALETTE.wording.restates,
  'borrows-phrases': PALETTE.wording['borrows-phrases'],
  'own-words': PALETTE.wording['own-words'],
  'not-measured': PALETTE.paper,
  'not-reflected': PALETTE.paper,
};

/** Symbols are paper-coloured on the two dark classes, ink on the light one. */
function symbolColour(state: WordingClass): string {
  return state === 'own-words' ? PALETTE.ink : PALETTE.paper;
}

/** The class's symbol as a shape centred on (cx, cy). */
function symbol(state: WordingState, cx: number, cy: number, r: number): string {
  if (!isWordingClass(state)) {
    // A short dash says "reflected, not measured"; a cell not reflected stays empty.
    return state === 'not-measured'
      ? el('line', {
          class: 'wording-dash',
          x1: cx - r,
          x2: cx + r,
          y1: cy,
          y2: cy,
          stroke: PALETTE.inkSoft,
          'stroke-width': 2,
        })
      : '';
  }
  const colour = symbolColour(state);
  const ring = el('circle', {
    class: `wording-symbol-line is-${state}`,
    cx,
    cy,
    r,
    fill: state === 'restates' ? colour : 'none',
    stroke: colour,
    'stroke-width': 1.5,
  });
  // ◐: the left half filled.
  const half =
    state === 'borrows-phrases'
      ? el('path', {
          class: `wording-symbol is-${state}`,
          d: `M${round(cx)},${round(cy - r)} A${r},${r} 0 0 0 ${round(cx)},${round(cy + r)} Z`,
          fill: colour,
        })
      : '';
  return ring + half;
}

/**
 * One cell: the coloured square (dashed when not measured, faint when not reflected) and its symbol,
 * each classed with the state and no group round them (a page carries 3 × 242 of them).
 */
export function wordingCell(
  state: WordingState,
  box: { x: number; y: number; size: number },
): string {
  const { x, y, size } = box;
  const unmeasured = !isWordingClass(state);
  return (
    el('rect', {
      class: `wording-cell is-${state}`,
      x: x + 1,
      y: y + 1,
      width: size - 2,
      height: size - 2,
      fill: FILL[state],
      stroke: unmeasured ? (state === 'not-measured' ? PALETTE.inkSoft : PALETTE.rule) : undefined,
      'stroke-dasharray': state === 'not-measured' ? '3 2' : undefined,
    }) + symbol(state, x + size / 2, y + size / 2, Math.max(4, Math.round(size * 0.22)))
  );
}

/** A legend entry's words: the state and how many cells are in it ("Restates the GGE wording (22)"). */
const entryLabel = (state: WordingState, counts: Record<WordingState, number>) =>
  `${stateLabel(state)} (${counts[state]})`;

/** The legend: every state with its swatch and count, in lines that wrap at `width`. */
export function wordingLegend(
  width: number,
  counts: Record<WordingState, number>,
): { body: string; height: number } {
  let x = 0;
  let line = 0;
  const entries = WORDING_STATE_ORDER.map((state) => {
    // The swatch, a gap and an estimate of the label's width in the chart font.
    const room = 30 + entryLabel(state, counts).length * 5.9 + 14;
    if (x > 0 && x + room > width) {
      x = 0;
      line += 1;
    }
    const at = { x, y: line * 24 };
    x += room;
    return el(
      'g',
      { class: 'legend-entry' },
      wordingCell(state, { x: at.x, y: at.y, size: 22 }),
      text(
        {
          class: 'label',
          x: at.x + 28,
          y: at.y + 15,
          'font-size': TYPE.small,
          fill: PALETTE.ink,
        },
        entryLabel(state, counts),
      ),
    );
  });
  return { body: el('g', { class: 'legend' }, ...entries), height: (line + 1) * 24 + 8 };
}
