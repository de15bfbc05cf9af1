/**
 * What an embed of one chart needs to know about the chart's drawing: how tall the frame must be
 * without the resize script, and which `?highlight=` values pick out marks (with their captions).
 * Computed from the chart's own layouts, so it follows any change to the charts' sizes.
 */
import type { Dataset } from '../lib/dataset/dataset';
import { embedFooterText, highlightOptions, type HighlightOption } from '../lib/embed';
import { EMBED_TYPE, embedFrameHeight, type EmbedTextBlock } from '../lib/embedSize';
import { reflectedNormIds } from '../lib/frequencies';
import { chartCreditLines } from './credit';
import { highlightSet } from './document';
import { WIDTHS } from './palette';
import type { ChartDefinition } from './types';

export interface ChartEmbed {
  /** The frame's height in px: the whole page at any width from the narrowest frame up. */
  height: number;
  /** The width the frame asks for (oEmbed): the wide layout with the page's padding. */
  width: number;
  /** Every `?highlight=` value that picks out marks on this chart, with its caption. */
  highlights: Record<string, HighlightOption>;
}

type EmbedData = Pick<
  Dataset,
  'agreements' | 'norms' | 'documents' | 'wording' | 'meta' | 'report'
>;

/** The mark keys a chart draws (`data-key` in its markup), e.g. `norm:6`. */
function markKeys(body: string): Set<string> {
  return new Set([...body.matchAll(/data-key="([^"]+)"/gu)].map((m) => m[1] ?? ''));
}

/** The frame, highlights and captions of a chart's embed (`/embed/<id>/`). */
export function chartEmbed(chart: ChartDefinition, data: EmbedData, chartUrl: string): ChartEmbed {
  const built = chart.build(data);
  const layouts = [WIDTHS.narrow, WIDTHS.wide].map((width) =>
    built.render({ width, highlight: highlightSet(), href: (p) => p }),
  );
  const reflects = Object.fromEntries(data.agreements.map((a) => [a.slug, reflectedNormIds(a)]));
  const names = {
    norms: new Map(data.norms.map((n) => [n.id, n.title])),
    agreements: new Map(data.agreements.map((a) => [a.slug, a.shortName])),
  };
  const highlights = highlightOptions(
    markKeys(layouts.map((l) => l.body).join('')),
    reflects,
    names,
  );
  // Room for the longest caption a `?highlight=` can bring, as the frame's height is fixed.
  const caption = Object.values(highlights)
    .map((h) => h.caption)
    .reduce((a, b) => (b.length > a.length ? b : a), '');
  const lines = chartCreditLines(chart, data.report, data.meta.version, chartUrl);
  const credit = lines.at(-1) ?? '';
  const blocks: EmbedTextBlock[] = [
    { text: chart.title, kind: 'title' },
    { text: chart.description, kind: 'body' },
    ...(caption ? [{ text: caption, kind: 'body' as const }] : []),
    { text: built.summary, kind: 'body' },
    ...lines.slice(0, -1).map((line) => ({ text: line, kind: 'small' as const })),
    { text: `${credit} Open the full view on ${new URL(chartUrl).host}`, kind: 'small' },
    { text: 'Show the data table', kind: 'small' },
    { text: embedFooterText(data.meta.license), kind: 'small' },
  ];
  return {
    height: embedFrameHeight(blocks, Math.max(...layouts.map((l) => l.height))),
    width: WIDTHS.wide + 2 * EMBED_TYPE.padding,
    highlights,
  };
}
