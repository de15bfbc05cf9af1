import { listOf } from '../lib/format';
import { agreementNormCounts } from '../lib/frequencies';
import { cellState } from '../lib/matrix';
import { agreementPath } from '../lib/urls';
import { PALETTE, TYPE } from './palette';
import {
  barScale,
  barValue,
  highlightMarker,
  markState,
  rowGeometry,
  rowLabel,
  topAxis,
  AXIS_HEIGHT,
} from './rows';
import { el, link, text } from './svg';
import type { ChartDefinition, ChartInput } from './types';

/** One bar: an agreement, the norms it reflects and whether the report marked each. */
export interface NormsPerAgreementRow {
  slug: string;
  shortName: string;
  count: number;
  norms: { id: number; marked: boolean }[];
}

export function normsPerAgreementData({ agreements }: ChartInput): NormsPerAgreementRow[] {
  return agreementNormCounts(agreements).map(({ agreement, count, norms }) => ({
    slug: agreement.slug,
    shortName: agreement.shortName,
    count,
    norms: norms.map((id) => {
      const cell = agreement.norms.find((c) => c.norm === id);
      return { id, marked: cell ? cellState(cell) === 'yes' : false };
    }),
  }));
}

/** The legend's line, then the axis. */
const LEGEND = 24;
const TOP = LEGEND + AXIS_HEIGHT;

export const normsPerAgreementChart: ChartDefinition = {
  id: 'norms-per-agreement',
  title: 'Which norms each agreement reflects',
  description:
    'For each agreement, how many of the UN GGE norms it reflects, and which: each block is one norm (the report’s Chart\u00a0II).',
  build(input) {
    const rows = normsPerAgreementData(input);
    const normCount = input.norms.length;
    const max = Math.max(0, ...rows.map((r) => r.count));
    const top = rows.filter((r) => r.count === max).map((r) => r.shortName);
    return {
      summary: `The agreements reflect between ${Math.min(...rows.map((r) => r.count))} and ${max} of the ${normCount} norms; ${listOf(top)} reflect${top.length === 1 ? 's' : ''} the most (${max}). Blocks with a dashed edge are norms counted without a Yes marker in the report.`,
      table: {
        columns: ['Agreement', 'Norms reflected', 'Which norms', 'Counted without a marker'],
        rows: rows.map((r) => ({
          cells: [
            r.shortName,
            r.count,
            r.norms.map((n) => n.id).join(' '),
            r.norms
              .filter((n) => !n.marked)
              .map((n) => n.id)
              .join(' '),
          ],
          href: agreementPath(r.slug),
        })),
      },
      render(options) {
        const g = rowGeometry(options.width, { labelWidth: 235, valueWidth: 30, barHeight: 20 });
        const x = barScale(normCount, g);
        const unit = x(1);
        const height = TOP + rows.length * g.rowHeight + 4;
        const marks = rows.map((r, i) => {
          const state = markState(`agreement:${r.slug}`, options);
          const blocks = r.norms.map((n, k) =>
            el(
              'g',
              { class: n.marked ? 'block' : 'block is-unlabeled' },
              el('rect', {
                class: n.marked ? 'bar' : 'bar-unlabeled',
                x: g.barX + k * unit + 1,
                y: g.barY,
                width: unit - 2,
                height: g.barHeight,
                fill: n.marked ? state.fill : PALETTE.unlabeled,
                stroke: n.marked ? undefined : PALETTE.unlabeledStroke,
                'stroke-dasharray': n.marked ? undefined : '3 2',
              }),
              text(
                {
                  class: n.marked ? 'block-label' : 'block-label-unlabeled',
                  x: g.barX + (k + 0.5) * unit,
                  y: g.barY + g.barHeight / 2 + 4,
                  'text-anchor': 'middle',
                  'font-size': TYPE.small,
                  fill: n.marked ? state.textOnFill : PALETTE.ink,
                },
                n.id,
              ),
            ),
          );
          return el(
            'g',
            {
              class: state.className,
              'data-key': `agreement:${r.slug}`,
              transform: `translate(0,${TOP + i * g.rowHeight})`,
            },
            highlightMarker(g.labelY, state.highlighted),
            link(
              options.href(agreementPath(r.slug)),
              rowLabel(r.shortName, g, { bold: state.highlighted }),
              ...blocks,
            ),
            barValue(g, g.barX + x(r.count), r.count),
          );
        });
        const legend = el(
          'g',
          { class: 'legend' },
          el('rect', {
            class: 'bar-unlabeled',
            x: 1,
            y: 2,
            width: 22,
            height: 14,
            fill: PALETTE.unlabeled,
            stroke: PALETTE.unlabeledStroke,
            'stroke-dasharray': '3 2',
          }),
          text(
            { class: 'label', x: 30, y: 13, 'font-size': TYPE.small, fill: PALETTE.ink },
            'Dashed: counted without a Yes marker in the report',
          ),
        );
        const axis = el(
          'g',
          { transform: `translate(0,${LEGEND})` },
          topAxis(x, g, height - LEGEND, `Norms reflected, of ${normCount}`),
        );
        return { width: options.width, height, body: legend + axis + marks.join('') };
      },
    };
  },
};
