import { listOf } from '../lib/format';
import { extremes, normFrequency, reflectedNormIds } from '../lib/frequencies';
import { normPath } from '../lib/urls';
import { PALETTE } from './palette';
import {
  barScale,
  barValue,
  highlightMarker,
  markState,
  rowGeometry,
  rowLabel,
  topAxis,
  AXIS_HEIGHT,
  type RowGeometry,
} from './rows';
import { el, link } from './svg';
import type { ChartDefinition, ChartInput, RenderOptions } from './types';

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

/** How many of the editors' coded documents reflect each norm, by norm id. */
export function documentNormCounts({
  documents = [],
  norms,
}: Omit<
  ChartInput,
  'wording'
>) /* reads records only: the e2e tests call it with the raw dataset */ : Map<number, number> {
  const counts = new Map(norms.map((n) => [n.id, 0]));
  for (const d of documents)
    for (const id of reflectedNormIds(d)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

const TOP = AXIS_HEIGHT;

/** A norm's label and bar, linked to the norm's page. */
function normBar(
  r: NormFrequencyRow,
  g: RowGeometry,
  width: number,
  options: RenderOptions,
  style: { bold: boolean; fill: string },
): string {
  return link(
    options.href(normPath(r.slug)),
    rowLabel(`${r.id}  ${r.title}`, g, { bold: style.bold }),
    el('rect', {
      class: 'bar',
      x: g.barX,
      y: g.barY,
      width,
      height: g.barHeight,
      fill: style.fill,
    }),
  );
}

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
      summary: `Of the ${total} agreements, the most often reflected is ${listOf(most.map(name))}; the least often is ${listOf(least.map(name))}.`,
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
            normBar(r, g, x(r.count), options, { bold: state.highlighted, fill: state.fill }),
            barValue(g, end, `${r.count} · ${r.percent}%${note}`),
            highlightMarker(g.labelY, state.highlighted),
          );
        });
        return {
          width: options.width,
          height,
          body:
            topAxis(x, g, height, `Agreements reflecting the norm, of ${total}`) + marks.join(''),
        };
      },
    };
  },
};

/**
 * The same chart with the documents our editors coded added as a segment of their own after each
 * bar (the switch on the chart's page). The report's bars, numbers and scale of agreements stay as
 * they are; the added segment is coloured and labelled apart.
 */
export const normFrequencyWithDocumentsChart: ChartDefinition = {
  id: 'norm-frequency-with-documents',
  title: 'How often each norm is reflected, with our editors’ documents',
  description:
    'The report’s counts, as above, followed by how many of the related documents coded by the Cyber Norms Explorer editors (not by the report) reflect each norm.',
  build(input) {
    const rows = normFrequencyData(input);
    const extra = documentNormCounts(input);
    const documents = input.documents?.length ?? 0;
    const total = rows[0]?.total ?? 0;
    const added = (r: NormFrequencyRow) => extra.get(r.id) ?? 0;
    const top = Math.max(0, ...rows.map(added));
    const mostAdded = rows.filter((r) => added(r) === top);
    return {
      summary: `Bars show the report’s count over its ${total} agreements, unchanged; the purple segment after each bar adds how many of the ${documents} documents coded by our editors reflect the norm. Most often in our coding: ${listOf(mostAdded.map((r) => `norm ${r.id} (${r.title}, ${added(r)} of ${documents})`))}.`,
      table: {
        columns: [
          'Norm',
          'Title',
          'Agreements reflecting it (report)',
          'Agreements analysed',
          'Documents reflecting it (our coding)',
          'Documents coded',
        ],
        rows: rows.map((r) => ({
          cells: [r.id, r.title, r.count, r.total, added(r), documents],
          href: normPath(r.slug),
        })),
      },
      render(options) {
        const g = rowGeometry(options.width, { labelWidth: 250, valueWidth: 150 });
        const x = barScale(total + documents, g);
        const height = TOP + rows.length * g.rowHeight + 4;
        const marks = rows.map((r, i) => {
          const end = g.barX + x(r.count);
          return el(
            'g',
            {
              class: 'mark',
              'data-key': `norm:${r.id}`,
              transform: `translate(0,${TOP + i * g.rowHeight})`,
            },
            normBar(r, g, x(r.count), options, { bold: false, fill: PALETTE.bar }),
            el('rect', {
              class: 'bar-editors',
              x: end,
              y: g.barY,
              width: x(added(r)),
              height: g.barHeight,
              fill: PALETTE.editors,
            }),
            barValue(g, end + x(added(r)), `${r.count} + ${added(r)} ours`),
          );
        });
        return {
          width: options.width,
          height,
          body:
            topAxis(
              x,
              g,
              height,
              `Agreements (of ${total}) + our editors’ documents (of ${documents})`,
            ) + marks.join(''),
        };
      },
    };
  },
};
