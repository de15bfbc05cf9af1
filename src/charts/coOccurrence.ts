import { scaleQuantize } from 'd3-scale';
import { normCoOccurrence } from '../lib/frequencies';
import { normPath, paths } from '../lib/urls';
import { HEAT_DARK_FROM, PALETTE, TYPE } from './palette';
import { markState } from './rows';
import { type Attrs, el, link, text } from './svg';
import type { ChartDefinition, ChartInput } from './types';

/** One cell of the heat map: agreements reflecting both norms (the diagonal: the norm itself). */
export interface CoOccurrenceCell {
  a: number;
  b: number;
  count: number;
}

export function coOccurrenceData({ agreements, norms }: ChartInput): CoOccurrenceCell[] {
  const counts = normCoOccurrence(agreements, norms);
  return norms.flatMap((a, i) =>
    norms.map((b, j) => ({ a: a.id, b: b.id, count: counts[i]?.[j] ?? 0 })),
  );
}

/** The matrix filtered to agreements reflecting both norms: where a heat-map cell leads. */
function pairPath(a: number, b: number): string {
  return `${paths.matrix}?norms=${[a, b].sort((x, y) => x - y).join('%2C')}`;
}

/** The largest cell, in SVG units (the wide layout would otherwise draw 69-unit squares). */
const MAX_CELL = 56;

export const coOccurrenceChart: ChartDefinition = {
  id: 'co-occurrence',
  title: 'Norms that appear together',
  description:
    'How many agreements reflect both of two norms; the diagonal gives how many reflect each norm at all.',
  build(input) {
    const cells = coOccurrenceData(input);
    const off = cells.filter((c) => c.a < c.b);
    const max = Math.max(1, ...off.map((c) => c.count));
    const top = off.filter((c) => c.count === max);
    const heat = scaleQuantize().domain([0, max]).range([0, 1, 2, 3, 4]);
    const ids = input.norms.map((n) => n.id);
    return {
      summary: `The pair${top.length > 1 ? 's' : ''} of norms most often reflected together: ${top.map((c) => `${c.a} and ${c.b}`).join('; ')}, in ${max} agreements each.`,
      table: {
        columns: ['Norm', 'Other norm', 'Agreements reflecting both'],
        rows: cells.map((c) => ({
          cells: [c.a, c.b, c.count],
          href:
            c.a === c.b
              ? normPath(input.norms.find((n) => n.id === c.a)?.slug ?? '')
              : pairPath(c.a, c.b),
        })),
      },
      render(options) {
        const narrow = options.width < 540;
        const left = narrow ? 34 : 240;
        const topGap = 26;
        // Cells grow with the width up to a size where the grid still reads as one figure.
        const size = Math.min(MAX_CELL, Math.floor((options.width - left) / ids.length));
        const side = ids.length * size;
        const grid = cells.map((c) => {
          const i = ids.indexOf(c.a);
          const j = ids.indexOf(c.b);
          const diagonal = c.a === c.b;
          const step = diagonal ? -1 : heat(c.count);
          const onDark = step >= HEAT_DARK_FROM;
          const fill = diagonal ? PALETTE.paper : (PALETTE.heat[step] ?? PALETTE.paper);
          return el(
            'g',
            { class: diagonal ? 'diagonal' : undefined },
            link(
              options.href(
                diagonal
                  ? normPath(input.norms.find((n) => n.id === c.a)?.slug ?? '')
                  : pairPath(c.a, c.b),
              ),
              el('rect', {
                class: diagonal ? 'heat-diagonal' : `heat-${step}`,
                x: left + j * size + 1,
                y: topGap + i * size + 1,
                width: size - 2,
                height: size - 2,
                fill,
                stroke: diagonal ? PALETTE.inkSoft : undefined,
              }),
              text(
                {
                  class: diagonal ? 'heat-text' : `heat-text${onDark ? ' on-dark' : ''}`,
                  x: left + (j + 0.5) * size,
                  y: topGap + (i + 0.5) * size + 4,
                  'text-anchor': 'middle',
                  'font-size': TYPE.small,
                  'font-weight': diagonal ? 600 : undefined,
                  fill: onDark ? PALETTE.paper : PALETTE.ink,
                },
                c.count,
              ),
            ),
          );
        });
        // One group per norm: its row and column labels, and an outline round its row and column
        // that shows when the norm is highlighted (a shape and bold labels, not colour alone).
        const normMarks = input.norms.map((n, i) => {
          const state = markState(`norm:${n.id}`, options);
          const outline = (x: number, y: number, width: number, height: number) =>
            el('rect', {
              class: 'hl-outline',
              x,
              y,
              width,
              height,
              fill: 'none',
              stroke: PALETTE.highlight,
              'stroke-width': 3,
              visibility: state.highlighted ? 'visible' : 'hidden',
            });
          const label = (values: Attrs, content: string | number) =>
            text(
              {
                class: 'label',
                'font-size': TYPE.small,
                fill: PALETTE.ink,
                ...values,
                'font-weight': state.highlighted ? 600 : values['font-weight'],
              },
              content,
            );
          return el(
            'g',
            { class: state.className, 'data-key': `norm:${n.id}` },
            label(
              {
                x: left + (i + 0.5) * size,
                y: 16,
                'text-anchor': 'middle',
                'font-weight': 600,
              },
              n.id,
            ),
            link(
              options.href(normPath(n.slug)),
              label(
                { x: left - 6, y: topGap + (i + 0.5) * size + 4, 'text-anchor': 'end' },
                narrow ? String(n.id) : `${n.id}  ${n.title}`,
              ),
            ),
            outline(left, topGap + i * size, side, size),
            outline(left + i * size, topGap, size, side),
          );
        });
        let height = topGap + side + 8;
        const key: string[] = [];
        if (narrow) {
          // Titles do not fit beside the rows on a phone: list them under the grid.
          input.norms.forEach((n) => {
            height += 17;
            key.push(
              text(
                { class: 'label', x: 0, y: height, 'font-size': TYPE.small, fill: PALETTE.ink },
                `${n.id}  ${n.title}`,
              ),
            );
          });
          height += 8;
        }
        return {
          width: options.width,
          height,
          body: grid.join('') + normMarks.join('') + key.join(''),
        };
      },
    };
  },
};
