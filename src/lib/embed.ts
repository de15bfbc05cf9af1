/**
 * What the "Embed" button hands out: an <iframe> for any page, and an optional listener that lets
 * the frame take the height the embedded page reports.
 */
import { plural } from './format';
import { escapeMarkup, jsonForHtml } from './text/escape';

/** The message an embed page posts to its parent whenever its height changes. */
export const EMBED_HEIGHT_MESSAGE = 'cyber-norms-explorer:height';

export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  /** The chart id. */
  id: string;
  /** The document's height in CSS pixels. */
  height: number;
}

/** An <iframe> for `src`, at a fixed height that shows the chart even if the listener is absent. */
export function iframeSnippet({
  src,
  title,
  height,
}: {
  src: string;
  title: string;
  height: number;
}): string {
  return `<iframe src="${escapeMarkup(src)}" title="${escapeMarkup(title)}" width="100%" height="${Math.round(height)}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/** A script for the host page: resizes the frames whose page posts its height. */
export function resizeListenerSnippet(origin: string): string {
  return `<script>window.addEventListener("message",function(e){if(e.origin!==${jsonForHtml(origin)}||!e.data||e.data.type!==${jsonForHtml(EMBED_HEIGHT_MESSAGE)})return;document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.height=String(Math.ceil(e.data.height))})});</script>`;
}

/**
 * The one snippet the chart page hands out: the frame, then the listener. Where a CMS strips the
 * script, the frame's own height (see embedSize.ts) still shows the whole chart.
 */
export function embedSnippet(input: { src: string; title: string; height: number }): string {
  return `${iframeSnippet(input)}\n${resizeListenerSnippet(new URL(input.src).origin)}`;
}

/**
 * For pages that take no iframe at all: the chart's SVG as an image linking to the chart's page, and
 * under it, as text, the source line and the licence (an image's own text cannot be read or copied).
 */
export function imageEmbedSnippet(input: {
  href: string;
  src: string;
  alt: string;
  width: number;
  height: number;
  credit: string;
}): string {
  const { href, src, alt, width, height, credit } = input;
  return (
    `<figure style="margin:0;max-width:${Math.round(width)}px">` +
    `<a href="${escapeMarkup(href)}"><img src="${escapeMarkup(src)}" alt="${escapeMarkup(alt)}" width="${Math.round(width)}" height="${Math.round(height)}" style="max-width:100%;height:auto"></a>` +
    `<figcaption style="font-size:0.85em">${escapeMarkup(credit)}</figcaption></figure>`
  );
}

/** Whether a message event's data is a height report from an embed page. */
export function isEmbedHeightMessage(data: unknown): data is EmbedHeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return (
    d.type === EMBED_HEIGHT_MESSAGE &&
    typeof d.id === 'string' &&
    typeof d.height === 'number' &&
    Number.isFinite(d.height)
  );
}

/** For each agreement slug, the ids of the norms it reflects: lets `?highlight=<slug>` work on norm charts. */
export type ReflectsMap = Readonly<Record<string, readonly number[]>>;

/**
 * The mark keys an embed's `highlight` value names, among the keys the chart has: a norm number
 * (`6` → `norm:6`), an agreement slug (`agreement:<slug>`), or, on a chart of norms, an agreement's
 * slug standing for the norms it reflects (as on the agreement's own page). Anything else names
 * nothing, so a hostile or mistyped value is ignored.
 */
export function resolveHighlight(
  value: string | null,
  known: ReadonlySet<string>,
  reflects: ReflectsMap,
): string[] {
  if (!value || !/^[a-z0-9-]{1,100}$/u.test(value)) return [];
  const key = /^\d+$/u.test(value) ? `norm:${Number(value)}` : `agreement:${value}`;
  if (known.has(key)) return [key];
  if (!Object.hasOwn(reflects, value)) return [];
  return (reflects[value] ?? []).map((id) => `norm:${id}`).filter((k) => known.has(k));
}

/** What a `?highlight=` value picks out on one chart, and the caption that says so. */
export interface HighlightOption {
  keys: string[];
  caption: string;
}

/** The names captions use: norms by id, agreements by slug (short names). */
export interface HighlightNames {
  norms: ReadonlyMap<number, string>;
  agreements: ReadonlyMap<string, string>;
}

/**
 * The caption for a highlight: "Highlighted: norm 6, <title>.", "Highlighted: Paris Call." or, for an
 * agreement's slug on a chart of norms, "Highlighted: the 3 norms Paris Call reflects."
 */
export function highlightCaption(
  keys: readonly string[],
  value: string,
  names: HighlightNames,
): string {
  const [first] = keys;
  if (keys.length === 1 && first?.startsWith('norm:') && /^\d+$/u.test(value)) {
    const id = Number(first.slice('norm:'.length));
    return `Highlighted: norm ${id}, ${names.norms.get(id) ?? ''}.`;
  }
  const name = names.agreements.get(value) ?? value;
  if (first?.startsWith('agreement:')) return `Highlighted: ${name}.`;
  return `Highlighted: the ${plural(keys.length, 'norm')} ${name} reflects.`;
}

/**
 * Every `?highlight=` value that picks out something on a chart with these mark keys, with its
 * caption: computed at build time, so the page's script only looks a value up (an unknown or hostile
 * value is simply absent). Norm numbers first, then agreement slugs, in data order.
 */
export function highlightOptions(
  known: ReadonlySet<string>,
  reflects: ReflectsMap,
  names: HighlightNames,
): Record<string, HighlightOption> {
  const values = [...[...names.norms.keys()].map(String), ...names.agreements.keys()];
  const options: Record<string, HighlightOption> = {};
  for (const value of values) {
    const keys = resolveHighlight(value, known, reflects);
    if (keys.length > 0) options[value] = { keys, caption: highlightCaption(keys, value, names) };
  }
  return options;
}

/** The words of an embed's last line: the data's licence, and where to get the data. */
export const EMBED_FOOTER = {
  license: 'Licence:',
  data: 'Get the data:',
  csv: 'CSV',
  all: 'all downloads',
} as const;

/** That line as plain text, for the frame-height estimate (the page renders it with links). */
export function embedFooterText(license: { short: string }, withCsv = true): string {
  const links = withCsv ? `${EMBED_FOOTER.csv}, ${EMBED_FOOTER.all}` : EMBED_FOOTER.all;
  return `${EMBED_FOOTER.license} ${license.short}. ${EMBED_FOOTER.data} ${links}.`;
}
