/**
 * The embeddable chart page's options and its height report, as a small enhancement: without
 * JavaScript the chart shows in the reader's theme, unhighlighted, at the iframe's fixed height.
 *   ?theme=light|dark            force a theme
 *   ?highlight=<norm number or agreement slug>
 */
import { EMBED_HEIGHT_MESSAGE, type EmbedHeightMessage } from '../lib/embed';

/** The mark key a highlight value names, when a mark with that key exists on the page. */
function highlightKey(value: string | null): string | null {
  if (!value) return null;
  const key = /^\d{1,2}$/u.test(value) ? `norm:${Number(value)}` : `agreement:${value}`;
  return document.querySelector(`[data-key="${CSS.escape(key)}"]`) ? key : null;
}

export function applyEmbedOptions(): void {
  const params = new URLSearchParams(window.location.search);
  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;

  const key = highlightKey(params.get('highlight'));
  if (key) {
    for (const svg of document.querySelectorAll('.chart-svg')) svg.classList.add('has-highlight');
    for (const mark of document.querySelectorAll(`[data-key="${CSS.escape(key)}"]`))
      mark.classList.add('is-highlighted');
  }

  const id = document.querySelector<HTMLElement>('[data-chart]')?.dataset.chart ?? '';
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height === last || window.parent === window) return;
    last = height;
    const message: EmbedHeightMessage = { type: EMBED_HEIGHT_MESSAGE, id, height };
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(report).observe(document.body);
  report();
}
