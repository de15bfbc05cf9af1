/**
 * The embeddable page's options and its height report, as a small enhancement: without JavaScript
 * the page shows in the light theme, unhighlighted, and the frame's fixed height still holds it.
 *   ?theme=auto|dark             follow the reader's system, or force dark (light is the default)
 *   ?highlight=<norm number or agreement slug>   (src/scripts/highlight.ts)
 */
import { EMBED_HEIGHT_MESSAGE, type EmbedHeightMessage } from '../lib/embed';
import { applyHighlight } from './highlight';

export function applyEmbedOptions(): void {
  const params = new URLSearchParams(window.location.search);
  const theme = params.get('theme');
  if (theme === 'dark') document.documentElement.dataset.theme = 'dark';
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  applyHighlight(params);

  const id = document.querySelector<HTMLElement>('[data-embed-id]')?.dataset.embedId ?? '';
  let last = 0;
  const report = () => {
    // The body's own height: the document's scroll height never drops below the frame's height.
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    const message: EmbedHeightMessage = { type: EMBED_HEIGHT_MESSAGE, id, height };
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(report).observe(document.body);
  report();
}
