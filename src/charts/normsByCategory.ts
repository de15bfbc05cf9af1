import { hasShare, normFrequencyByCategory } from '../lib/frequencies';
import { normPath } from '../lib/urls';
import { CATEGORIES, type Category } from '../schemas/values';
import { categorySummary, categoryWithSize } from './categorySummary';
import { PALETTE, TYPE } from './palette';
import { HALO, barScale, highlightMarker, markState, rowGeometry, rowLabel } from './rows';
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
  /** Null for a category too small for a share (see MIN_SHARE_GROUP). */
  percent: number | null;
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
      percent: hasShare(total) ? Math.round(share * 100) : null,
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
const LEGEND_LINE = 18;

/** What a bar says: the share with its count, or, for a category of one, that agreement's answer. */
function barText(r: NormCategoryRow): string {
  if (r.percent !== null) return `${r.percent}% ${SHORT[r.category]} (${r.count} of ${r.total})`;
  if (r.total === 0) return `${SHORT[r.category]}: no agreements`;
  return `${SHORT[r.category]} (n = ${r.total}): ${r.count > 0 ? 'reflects it' : 'does not reflect it'}`;
}

/** One category's bar, or its dot when the category is too small for a share. */
function categoryBar(r: NormCategoryRow, x0: number, y: number, length: number): string {
  const colour = PALETTE.category[r.category];
  const mark =
    r.percent !== null
      ? el('rect', {
          class: `bar-cat cat-${r.category}`,
          x: x0,
          y,
          width: Math.max(1, length),
          height: BAR,
          fill: colour,
        })
      : // A dot, filled when the one agreement reflects the norm: an answer, not a length to compare.
        el('circle', {
          class: `dot-cat cat-${r.category}${r.count > 0 ? '' : ' is-empty'}`,
          cx: x0 + 5,
          cy: y + BAR / 2,
          r: 4.5,
          fill: r.count > 0 ? colour : PALETTE.paper,
          stroke: colour,
          'stroke-width': 1.5,
        });
  const textX = r.percent !== null ? x0 + length + 5 : x0 + 15;
  return el(
    'g',
    {},
    mark,
    text(
      {
        class: 'value',
        x: textX,
        y: y + BAR - 2,
        'font-size': TYPE.small,
        fill: PALETTE.ink,
        ...HALO,
      },
      barText(r),
    ),
  );
}

/** The key: each category's colour and the number of agreements in it ("UN (n = 1)"). */
function legend(sizes: [Category, number][], narrow: boolean): { body: string; height: number } {
  let x = 14;
  const items = sizes.map(([category, total], i) => {
    const label = categoryWithSize(category, total);
    const at = narrow ? { x: 14, y: i * LEGEND_LINE } : { x, y: 0 };
    x += label.length * 6.6 + 36;
    return el(
      'g',
      { transform: `translate(${at.x},${at.y})` },
      el('rect', {
        class: `cat-swatch cat-${category}`,
        y: 3,
        width: 12,
        height: 12,
        fill: PALETTE.category[category],
      }),
      text({ class: 'label', x: 18, y: 13, 'font-size': TYPE.small, fill: PALETTE.ink }, label),
    );
  });
  return {
    body: el('g', { class: 'legend' }, ...items),
    height: (narrow ? sizes.length : 1) * LEGEND_LINE + 8,
  };
}

export const normsByCategoryChart: ChartDefinition = {
  id: 'norms-by-category',
  title: 'Norms by category of agreement',
  description:
    'For each norm, the share of UN, single-stakeholder-group and multistakeholder agreements that reflect it.',
  build(input) {
    const rows = normsByCategoryData(input);
    const categories = Object.keys(CATEGORIES) as Category[];
    const sizes = categories.map((c): [Category, number] => [
      c,
      rows.find((r) => r.category === c)?.total ?? 0,
    ]);
    return {
      summary: categorySummary(rows),
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
          cells: [r.id, r.title, CATEGORIES[r.category].label, r.count, r.total, r.percent ?? ''],
          href: normPath(r.slug),
        })),
      },
      render(options) {
        const group = categories.length * (BAR + 3);
        const g = rowGeometry(options.width, {
          labelWidth: 250,
          valueWidth: 180,
          barHeight: group,
        });
        const x = barScale(100, g);
        const key = legend(sizes, g.narrow);
        const ids = [...new Set(rows.map((r) => r.id))];
        const height = key.height + ids.length * g.rowHeight + 4;
        const marks = ids.map((id, i) => {
          const state = markState(`norm:${id}`, options);
          const own = rows.filter((r) => r.id === id);
          const first = own[0];
          return el(
            'g',
            {
              class: state.className,
              'data-key': `norm:${id}`,
              transform: `translate(0,${key.height + i * g.rowHeight})`,
            },
            highlightMarker(g.labelY, state.highlighted),
            link(
              options.href(normPath(first?.slug ?? '')),
              rowLabel(`${id}  ${first?.title ?? ''}`, g, { bold: state.highlighted }),
            ),
            ...own.map((r, k) => categoryBar(r, g.barX, g.barY + k * (BAR + 3), x(r.percent ?? 0))),
          );
        });
        return { width: options.width, height, body: key.body + marks.join('') };
      },
    };
  },
};
