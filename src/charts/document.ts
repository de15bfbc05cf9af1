import { CHART_FONT, EMBEDDED_FAMILY, PALETTE, TYPE, type PAGE_LAYOUTS } from './palette';
import { escapeMarkup } from '../lib/text/escape';
import { el, text, wrapText } from './svg';
import type { BuiltChart, ChartDefinition, MarkKey, RenderOptions } from './types';

/** The highlight option from a list of keys. */
export function highlightSet(keys: readonly MarkKey[] = []): ReadonlySet<MarkKey> {
  return new Set(keys);
}

/**
 * The chart as it sits in a page: CSS (src/styles/charts.css) colours it in the reader's theme. It is
 * hidden from assistive technology because the figure's text alternative and data table (with the
 * same links) say everything it shows.
 */
export function pageSvg(
  chart: ChartDefinition,
  built: BuiltChart,
  options: RenderOptions,
  variant: (typeof PAGE_LAYOUTS)[number],
): string {
  const { body, width, height } = built.render(options);
  return el(
    'svg',
    {
      class: `chart-svg chart-${variant}${options.highlight.size > 0 ? ' has-highlight' : ''}`,
      'data-chart': chart.id,
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      'aria-hidden': 'true',
      focusable: 'false',
      'font-family': CHART_FONT,
    },
    body,
  );
}

const MARGIN = 20;
const LINE = 18;

/** What a downloaded file says under the chart, and how it carries its font. */
export interface FileCredit {
  /** The source and credit lines (src/lib/cite.ts `chartSourceLines`). */
  sourceLines: readonly string[];
  /** The licence the chart and its data are published under. */
  licence: { short: string; url: string };
  /**
   * Given the file's drawn markup, the <style> that embeds its font (src/charts/fontSubset.ts);
   * left out for the PNG, whose renderer is handed the font files, and for snapshots.
   */
  embedFont?: (markup: string) => string;
}

/** The line under every downloaded chart that says how it may be reused. */
export function licenceLine(licence: FileCredit['licence']): string {
  return `Licence: ${licence.short}, ${licence.url}: reuse freely, citing this chart and the report.`;
}

/** Where the parts of a chart's file go: the one layout its markup and its size are read from. */
function fileLayout(
  chart: ChartDefinition,
  built: BuiltChart,
  options: RenderOptions,
  credit: FileCredit,
) {
  const { body, width, height } = built.render(options);
  const chars = Math.floor((width - 2 * MARGIN) / 6.2);
  const titleLines = wrapText(chart.title, Math.floor(chars * 0.62));
  const descLines = wrapText(chart.description, chars);
  const source = [...credit.sourceLines, licenceLine(credit.licence)].flatMap((line) =>
    wrapText(line, Math.floor(chars * 1.05)),
  );
  const head = MARGIN + titleLines.length * 26 + descLines.length * LINE + 12;
  const total = head + height + 16 + source.length * 16 + MARGIN;
  const full = width + 2 * MARGIN;
  return { body, height, titleLines, descLines, source, head, total, full };
}

/**
 * The size of a chart's file, without drawing it or subsetting its font: for the image embed's
 * `width` and `height`, equal to those `fileSvg` writes.
 */
export function fileSvgSize(
  chart: ChartDefinition,
  built: BuiltChart,
  options: RenderOptions,
  credit: FileCredit,
): { width: number; height: number } {
  const { full, total } = fileLayout(chart, built, options, credit);
  return { width: full, height: total };
}

/**
 * The chart as a file of its own (the SVG download, the source of the PNG): white background, the
 * title on top and the source and licence lines at the bottom, colours as attributes, links absolute.
 */
export function fileSvg(
  chart: ChartDefinition,
  built: BuiltChart,
  options: RenderOptions,
  credit: FileCredit,
): string {
  const { body, height, titleLines, descLines, source, head, total, full } = fileLayout(
    chart,
    built,
    options,
    credit,
  );
  const lines = (
    items: string[],
    y0: number,
    step: number,
    size: number,
    extra: Record<string, string | number> = {},
  ) =>
    items
      .map((t, i) =>
        text({ x: MARGIN, y: y0 + i * step, 'font-size': size, fill: PALETTE.ink, ...extra }, t),
      )
      .join('');
  const drawn = [
    el('rect', { width: full, height: total, fill: PALETTE.paper }),
    lines(titleLines, MARGIN + 20, 26, TYPE.title, { 'font-weight': 600 }),
    lines(descLines, MARGIN + titleLines.length * 26 + 14, LINE, TYPE.label, {
      fill: PALETTE.inkSoft,
    }),
    el('g', { transform: `translate(${MARGIN},${head})` }, body),
    lines(source, head + height + 26, 16, TYPE.source, { fill: PALETTE.inkSoft }),
  ].join('');
  const font = credit.embedFont ? credit.embedFont(drawn) : '';
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: full,
      height: total,
      viewBox: `0 0 ${full} ${total}`,
      'font-family': font ? `'${EMBEDDED_FAMILY}', ${CHART_FONT}` : CHART_FONT,
    },
    el('title', {}, escapeMarkup(chart.title)),
    el('desc', {}, escapeMarkup(`${chart.description} ${built.summary}`)),
    font,
    drawn,
  );
}
