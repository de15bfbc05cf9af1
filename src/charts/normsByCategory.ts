import { normFrequencyByCategory } from '../lib/frequencies';
import { normPath } from '../lib/urls';
import { CATEGORIES, type Category } from '../schemas/values';
import { PALETTE, TYPE } from './palette';
import { barScale, highlightMarker, markState, rowGeometry, rowLabel } from './rows';
import { el, link, text } from './svg';
import type { ChartDefinition, ChartInput } from './types';

/** One bar: the share of one category's agreements that reflect one norm. */
export interface NormCategoryRow {
  id: number;
  slug: string;
  title: string;
  category: Category;
  count: number;
  total: number;
  percent: number;
}

export function normsByCategoryData({ agreements, norms }: ChartInput): NormCategoryRow[] {
  return normFrequencyByCategory(agreements, norms).flatMap(({ norm, byCategory }) =>
    byCategory.map(({ category, count, total, share }) => ({
      id: norm.id,
      slug: norm.slug,
      title: norm.title,
      category,
      count,
      total,
      percent: Math.round(share * 100),
    })),
  );
}

/** Short names for the bars' labels, so that a bar's category is written, not only coloured. */
const SHORT: Record<Category, string> = {
  un: 'UN',
  'single-stakeholder-group': 'Single group',
  multistakeholder: 'Multistakeholder',
};

const BAR = 13;
const TOP = 8;

export const normsByCategoryChart: ChartDefinition = {
  id: 'norms-by-category',
  title: 'Norms by category of agreement',
  description:
    'For each norm, the share of UN, single-stakeholder-group and multistakeholder agreements that reflect it.',
  build(input) {
    const rows = normsByCategoryData(input);
    const categories = Object.keys(CATEGORIES) as Category[];
    const totals = categories.map(
      (c) => `${rows.find((r) => r.category === c)?.total ?? 0} ${CATEGORIES[c].label}`,
    );
    const widest = [...rows].sort((a, b) => b.percent - a.percent)[0];
    return {
      summary: `Shares within each category (${totals.join(', ')} agreements). The highest share is norm ${widest?.id ?? ''} among ${widest ? CATEGORIES[widest.category].label : ''} agreements: ${widest?.count ?? 0} of ${widest?.total ?? 0} (${widest?.percent ?? 0}%).`,
      table: {
        columns: [
          'Norm',
          'Title',
          'Category',
          'Agreements reflecting it',
          'Agreements in the category',
          'Percent',
        ],
        rows: rows.map((r) => ({
          cells: [r.id, r.title, CATEGORIES[r.category].label, r.count, r.total, r.percent],
          href: normPath(r.slug),
        })),
      },
      render(options) {
        const group = categories.length * (BAR + 3);
        const g = rowGeometry(options.width, {
          labelWidth: 250,
          valueWidth: 150,
          barHeight: group,
        });
        const x = barScale(100, g);
        const ids = [...new Set(rows.map((r) => r.id))];
        const height = TOP + ids.length * g.rowHeight + 4;
        const marks = ids.map((id, i) => {
          const state = markState(`norm:${id}`, options);
          const own = rows.filter((r) => r.id === id);
          const first = own[0];
          const bars = own.map((r, k) => {
            const y = g.barY + k * (BAR + 3);
            return el(
              'g',
              {},
              el('rect', {
                class: `bar-cat cat-${r.category}`,
                x: g.barX,
                y,
                width: Math.max(1, x(r.percent)),
                height: BAR,
                fill: PALETTE.category[r.category],
              }),
              text(
                {
                  class: 'value',
                  x: g.barX + x(r.percent) + 5,
                  y: y + BAR - 2,
                  'font-size': TYPE.small,
                  fill: PALETTE.ink,
                },
                `${r.percent}% ${SHORT[r.category]} (${r.count}/${r.total})`,
              ),
            );
          });
          return el(
            'g',
            {
              class: state.className,
              'data-key': `norm:${id}`,
              transform: `translate(0,${TOP + i * g.rowHeight})`,
            },
            highlightMarker(g.labelY, state.highlighted),
            link(
              options.href(normPath(first?.slug ?? '')),
              rowLabel(`${id}  ${first?.title ?? ''}`, g, { bold: state.highlighted }),
            ),
            ...bars,
          );
        });
        return { width: options.width, height, body: marks.join('') };
      },
    };
  },
};
