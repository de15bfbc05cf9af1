import { formatShortMonth, formatYearMonth, plural } from '../lib/format';
import { agreementNormCounts } from '../lib/frequencies';
import { agreementPath } from '../lib/urls';
import { PALETTE, TYPE } from './palette';
import { barScale, barValue, highlightMarker, markState, rowGeometry, rowLabel } from './rows';
import { el, link, text } from './svg';
import type { ChartDefinition, ChartInput } from './types';

/** One agreement on the timeline. */
export interface TimelineRow {
  slug: string;
  shortName: string;
  /** ISO year or year-month, null when the report gives no date. */
  launched: string | null;
  /** The report's wording of the date. */
  wording: string;
  count: number;
}

/** Agreements by launch date, earliest first (ties in report order), undated ones last. */
export function timelineData({ agreements }: ChartInput): TimelineRow[] {
  const rows = agreementNormCounts(agreements).map(({ agreement, count }) => ({
    slug: agreement.slug,
    shortName: agreement.shortName,
    launched: agreement.launched.value,
    wording: agreement.launched.wording,
    count,
    order: agreement.order,
  }));
  const dated = rows
    .filter((r) => r.launched !== null)
    .sort((a, b) => (a.launched ?? '').localeCompare(b.launched ?? '') || a.order - b.order);
  const undated = rows.filter((r) => r.launched === null);
  return [...dated, ...undated].map(({ order: _order, ...row }) => row);
}

/** "Paris Call (Nov 2018)". */
function launchedAs(row: TimelineRow): string {
  return `${row.shortName} (${formatYearMonth(row.launched, 'short')})`;
}

const TOP = 8;
/** The year column, and how far the agreement's label is indented past it. */
const YEAR_X = 14;
const LABEL_INDENT = 40;
const GAP = 30;

export const timelineChart: ChartDefinition = {
  id: 'timeline',
  title: 'Agreements over time',
  description:
    'The agreements in the order they were launched, each with the number of norms it reflects; agreements the report gives no date for are listed apart.',
  build(input) {
    const rows = timelineData(input);
    const dated = rows.filter((r) => r.launched !== null);
    const undated = rows.filter((r) => r.launched === null);
    const first = dated[0];
    const last = dated.at(-1);
    return {
      summary: `${plural(dated.length, 'agreement is', 'agreements are')} dated, from ${first ? launchedAs(first) : '—'} to ${last ? launchedAs(last) : '—'}; ${plural(undated.length, 'carries', 'carry')} no launch date in the report (shown apart).`,
      table: {
        columns: ['Agreement', 'Launched', 'Launched (report’s wording)', 'Norms reflected'],
        rows: rows.map((r) => ({
          cells: [r.shortName, r.launched ?? '', r.wording, r.count],
          href: agreementPath(r.slug),
        })),
      },
      render(options) {
        const g = rowGeometry(options.width, { labelWidth: 330, valueWidth: 30 });
        const x = barScale(input.norms.length, g);
        let y = TOP;
        let lastYear = '';
        const parts: string[] = [];
        const row = (r: TimelineRow) => {
          const state = markState(`agreement:${r.slug}`, options);
          const year = r.launched?.slice(0, 4) ?? '';
          // The year once, where it changes, in a column of its own: the rows read as a time line.
          const month = r.launched ? formatShortMonth(r.launched) : '';
          const label = r.launched
            ? `${month ? `${month} · ` : ''}${r.shortName}`
            : `${r.shortName} (${r.wording})`;
          const yearLabel =
            year !== lastYear
              ? text(
                  {
                    class: 'label year',
                    x: YEAR_X,
                    y: g.labelY,
                    'font-size': TYPE.label,
                    'font-weight': 600,
                    fill: PALETTE.ink,
                  },
                  year,
                )
              : '';
          parts.push(
            el(
              'g',
              {
                class: state.className,
                'data-key': `agreement:${r.slug}`,
                transform: `translate(0,${y})`,
              },
              highlightMarker(g.labelY, state.highlighted),
              yearLabel,
              link(
                options.href(agreementPath(r.slug)),
                el(
                  'g',
                  { transform: `translate(${LABEL_INDENT},0)` },
                  rowLabel(label, g, { bold: state.highlighted }),
                ),
                el('rect', {
                  class: 'bar',
                  x: g.barX,
                  y: g.barY,
                  width: Math.max(1, x(r.count)),
                  height: g.barHeight,
                  fill: state.fill,
                }),
              ),
              barValue(g, g.barX + x(r.count), r.count),
            ),
          );
          lastYear = year;
          y += g.rowHeight;
        };
        dated.forEach(row);
        if (undated.length > 0) {
          y += GAP / 2;
          parts.push(
            text(
              {
                class: 'label',
                x: 0,
                y: y + 4,
                'font-size': TYPE.label,
                'font-weight': 600,
                fill: PALETTE.inkSoft,
              },
              'No launch date in the report',
            ),
          );
          y += GAP / 2;
          undated.forEach(row);
        }
        return { width: options.width, height: y + 4, body: parts.join('') };
      },
    };
  },
};
