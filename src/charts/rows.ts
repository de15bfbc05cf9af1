import { scaleLinear } from 'd3-scale';
import { PALETTE, TYPE, WIDTHS } from './palette';
import { el, text } from './svg';
import type { MarkKey, RenderOptions } from './types';

/**
 * The shared geometry of the row charts (one labelled bar per row). Wide: the label in a column on
 * the left, the bar to its right. Narrow (phones): the label above its bar, so both keep a readable
 * size instead of shrinking.
 */
export interface RowGeometry {
  narrow: boolean;
  /** Where each row's bar starts, and its longest length. */
  barX: number;
  barMax: number;
  /** Height of one row, and the bar's offset and thickness within it. */
  rowHeight: number;
  barY: number;
  barHeight: number;
  /** Baseline of the label within the row. */
  labelY: number;
}

/** Room on the left of every row for the highlight marker. */
export const MARKER_GUTTER = 14;

export function rowGeometry(
  width: number,
  {
    labelWidth,
    valueWidth,
    barHeight = 18,
  }: { labelWidth: number; valueWidth: number; barHeight?: number },
): RowGeometry {
  const narrow = width < (WIDTHS.medium + WIDTHS.narrow) / 2;
  if (narrow) {
    return {
      narrow,
      barX: MARKER_GUTTER,
      barMax: width - valueWidth - MARKER_GUTTER,
      rowHeight: barHeight + 26,
      barY: 20,
      barHeight,
      labelY: 14,
    };
  }
  return {
    narrow,
    barX: labelWidth,
    barMax: width - labelWidth - valueWidth,
    rowHeight: barHeight + 12,
    barY: 6,
    barHeight,
    labelY: 6 + barHeight / 2 + TYPE.label / 2 - 2,
  };
}

/** A linear scale from 0..max onto the bar length. */
export function barScale(max: number, geometry: RowGeometry) {
  return scaleLinear()
    .domain([0, Math.max(1, max)])
    .range([0, geometry.barMax]);
}

/** Whether a mark is highlighted, and the class and colour that go with it. */
export function markState(
  key: MarkKey,
  options: RenderOptions,
): { highlighted: boolean; className: string; fill: string; textOnFill: string } {
  const highlighted = options.highlight.has(key);
  const muted = options.highlight.size > 0 && !highlighted;
  return {
    highlighted,
    className: `mark${highlighted ? ' is-highlighted' : ''}`,
    fill: highlighted ? PALETTE.highlight : muted ? PALETTE.barMuted : PALETTE.bar,
    // Text drawn on the bar: white on the strong colours, ink on the dimmed one.
    textOnFill: muted ? PALETTE.ink : PALETTE.paper,
  };
}

/**
 * A triangle before a highlighted row's label, so a highlight never rests on colour alone. Always
 * present and hidden unless highlighted, so that an embedded chart can switch it on. A shape, not a
 * glyph: the chart font has no triangle, and the PNG renderer has no other font.
 */
export function highlightMarker(y: number, highlighted: boolean): string {
  return el('path', {
    class: 'hl-marker',
    d: `M1,${y - 9} L10,${y - 4.5} L1,${y} Z`,
    fill: PALETTE.highlight,
    visibility: highlighted ? 'visible' : 'hidden',
  });
}

/** A row label: left column when wide, above the bar when narrow. */
export function rowLabel(
  content: string,
  geometry: RowGeometry,
  options: { bold?: boolean } = {},
): string {
  return text(
    {
      class: 'label',
      x: MARKER_GUTTER,
      y: geometry.labelY,
      'font-size': TYPE.label,
      'font-weight': options.bold ? 600 : undefined,
      fill: PALETTE.ink,
    },
    content,
  );
}

/**
 * A halo in the background colour round a value label, drawn under its letters (paint-order), so a
 * grid line running behind the number never cuts through it. On the page, CSS gives the halo the
 * page colour of the reader's theme.
 */
export const HALO = {
  stroke: PALETTE.paper,
  'stroke-width': 4,
  'stroke-linejoin': 'round',
  'paint-order': 'stroke',
} as const;

/** The number after a bar: `barEnd` is where the bar (or its last segment) ends. */
export function barValue(geometry: RowGeometry, barEnd: number, content: string | number): string {
  return text(
    {
      class: 'value',
      x: barEnd + 6,
      y: geometry.barY + geometry.barHeight / 2 + 5,
      'font-size': TYPE.value,
      'font-weight': 600,
      fill: PALETTE.ink,
      ...HALO,
    },
    content,
  );
}

/** The least room, in SVG units, between a round tick and the total's tick: closer ones are dropped. */
const TICK_ROOM = 28;

/**
 * The ticks of a count axis: D3's round whole numbers (0, 5, …, 20 for 22 agreements) and the total
 * itself, so that the axis ends where a bar of every agreement would; a round tick too close to the
 * total to be read beside it gives way.
 */
export function axisTicks(total: number, length: number): number[] {
  const scale = scaleLinear()
    .domain([0, Math.max(1, total)])
    .range([0, length]);
  const end = scale.domain()[1] ?? 1;
  const round = scale
    .ticks(5)
    .filter((t) => Number.isInteger(t) && t < end && scale(end) - scale(t) >= TICK_ROOM);
  return [...round, end];
}

/** Height of the axis above the first row: its title line and its numbers. */
export const AXIS_HEIGHT = 40;

/**
 * The count axis above the bars: a title naming the unit ("Agreements reflecting the norm, of 22"),
 * the numbers, and grid lines behind the bars down to `height`.
 */
export function topAxis(
  scale: ReturnType<typeof barScale>,
  geometry: RowGeometry,
  height: number,
  title: string,
): string {
  const total = scale.domain()[1] ?? 1;
  return el(
    'g',
    { class: 'axis', transform: `translate(${geometry.barX},0)` },
    text(
      {
        class: 'axis-title',
        y: 12,
        'font-size': TYPE.small,
        'font-weight': 600,
        fill: PALETTE.inkSoft,
      },
      title,
    ),
    ...axisTicks(total, geometry.barMax).map((t) =>
      el(
        'g',
        { transform: `translate(${scale(t)},0)` },
        el('line', { y1: AXIS_HEIGHT - 6, y2: height, stroke: PALETTE.rule }),
        text(
          {
            y: AXIS_HEIGHT - 12,
            'text-anchor': 'middle',
            'font-size': TYPE.small,
            fill: PALETTE.inkSoft,
          },
          t,
        ),
      ),
    ),
  );
}
