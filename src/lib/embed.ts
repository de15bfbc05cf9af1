/**
 * What the "Embed" button hands out: an <iframe> for any page, and an optional listener that lets
 * the frame take the height the embedded page reports.
 */
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
