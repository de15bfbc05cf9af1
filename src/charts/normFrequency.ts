import { extremes, normFrequency } from '../lib/frequencies';
import { normPath } from '../lib/urls';
import { PALETTE, TYPE } from './palette';
import { barScale, highlightMarker, markState, rowGeometry, rowLabel, topAxis } from './rows';
import { el, link, text } from './svg';
import type { ChartDefinition, ChartInput } from './types';

/** One bar: a norm and how many agreements reflect it. */
export interface NormFrequencyRow {
  id: number;
  slug: string;
  title: string;
  count: number;
  total: number;
  percent: number;
  /** "most" or "least" when the norm is (one of) the most or least often reflected. */
  extreme: 'most' | 'least' | null;
}

export function normFrequencyData({ agreements, norms }: ChartInput): NormFrequencyRow[] {
  const frequencies = normFrequency(agreements, norms);
  const { most, least } = extremes(frequencies);
  return frequencies.map((f) => ({
    id: f.norm.id,
    slug: f.norm.slug,
    title: f.norm.title,
    count: f.count,
    total: f.total,
    percent: Math.round(f.share * 100),
    extreme: most.includes(f) ? 'most' : least.includes(f) ? 'least' : null,
  }));
}

const TOP = 24;

export const normFrequencyChart: ChartDefinition = {
  id: 'norm-frequency',
  title: 'How often each norm is reflected',
  description:
    'For each UN GGE norm, how many of the agreements analysed by the report reflect it (the report’s Chart\u00a0I).',
  build(input) {
    const rows = normFrequencyData(input);
    const total = rows[0]?.total ?? 0;
    const most = rows.filter((r) => r.extreme === 'most');
    const least = rows.filter((r) => r.extreme === 'least');
    const name = (r: NormFrequencyRow) =>
      `norm ${r.id} (${r.title}, ${r.count} of ${r.total}, ${r.percent}%)`;
    return {
      summary: `Of the ${total} agreements, the most often reflected is ${most.map(name).join(' and ')}; the least often is ${least.map(name).join(' and ')}.`,
      table: {
        columns: ['Norm', 'Title', 'Agreements reflecting it', 'Agreements analysed', 'Percent'],
        rows: rows.map((r) => ({
          cells: [r.id, r.title, r.count, r.total, r.percent],
          href: normPath(r.slug),
        })),
      },
      render(options) {
        const g = rowGeometry(options.width, { labelWidth: 250, valueWidth: 150 });
        const x = barScale(total, g);
        const height = TOP + rows.length * g.rowHeight + 4;
        const marks = rows.map((r, i) => {
          const state = markState(`norm:${r.id}`, options);
          const end = g.barX + x(r.count);
          const note = r.extreme ? ` · ${r.extreme === 'most' ? 'most' : 'least'} often` : '';
          return el(
            'g',
            {
              class: state.className,
              'data-key': `norm:${r.id}`,
              transform: `translate(0,${TOP + i * g.rowHeight})`,
            },
            link(
              options.href(normPath(r.slug)),
              rowLabel(`${r.id}  ${r.title}`, g, { bold: state.highlighted }),
              el('rect', {
                class: 'bar',
                x: g.barX,
                y: g.barY,
                width: x(r.count),
                height: g.barHeight,
                fill: state.fill,
              }),
            ),
            text(
              {
                class: 'value',
                x: end + 6,
                y: g.barY + g.barHeight / 2 + TYPE.value / 2 - 2,
                'font-size': TYPE.value,
                'font-weight': 600,
                fill: PALETTE.ink,
              },
              `${r.count} · ${r.percent}%${note}`,
            ),
            highlightMarker(g.labelY, state.highlighted),
          );
        });
        const ticks = [0, 5, 10, 15, 20].filter((t) => t <= total);
        return {
          width: options.width,
          height,
          body: topAxis(x, g, height, ticks) + marks.join(''),
        };
      },
    };
  },
};
