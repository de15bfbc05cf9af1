/**
 * The embeddable chart page's options and its height report, as a small enhancement: without
 * JavaScript the chart shows in the reader's theme, unhighlighted, at the iframe's fixed height.
 *   ?theme=light|dark            force a theme
 *   ?highlight=<norm number or agreement slug>
 */
import {
  EMBED_HEIGHT_MESSAGE,
  resolveHighlight,
  type EmbedHeightMessage,
  type ReflectsMap,
} from '../lib/embed';

/** The agreement → norms map the page carries in `data-reflects`, or none if it is unreadable. */
function readReflects(): ReflectsMap {
  const raw = document.querySelector<HTMLElement>('[data-reflects]')?.dataset.reflects;
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return typeof parsed === 'object' && parsed !== null ? (parsed as ReflectsMap) : {};
  } catch {
    return {};
  }
}

export function applyEmbedOptions(): void {
  const params = new URLSearchParams(window.location.search);
  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;

  const marks = [...document.querySelectorAll<SVGElement>('[data-key]')];
  const known = new Set(marks.map((m) => m.dataset.key ?? ''));
  const keys = new Set(resolveHighlight(params.get('highlight'), known, readReflects()));
  if (keys.size > 0) {
    for (const svg of document.querySelectorAll('.chart-svg')) svg.classList.add('has-highlight');
    for (const mark of marks)
      if (keys.has(mark.dataset.key ?? '')) mark.classList.add('is-highlighted');
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
