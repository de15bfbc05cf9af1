/**
 * `?highlight=<norm number or agreement slug>` on a chart's page and in its embed: the values the
 * chart can highlight, with their captions, are computed at build time (src/charts/embedFrame.ts)
 * and carried in `data-highlights`, so a value is only looked up; an unknown or hostile one names
 * nothing and changes nothing. The caption says what the colour marks.
 */
import type { HighlightOption } from '../lib/embed';

function readOptions(holder: HTMLElement): Record<string, HighlightOption> {
  try {
    const parsed: unknown = JSON.parse(holder.dataset.highlights ?? '{}');
    return typeof parsed === 'object' && parsed !== null
      ? (parsed as Record<string, HighlightOption>)
      : {};
  } catch {
    return {};
  }
}

/** Highlights the marks `?highlight=` names in each `[data-highlights]` block and shows its caption. */
export function applyHighlight(params: URLSearchParams = new URLSearchParams(location.search)) {
  const value = params.get('highlight') ?? '';
  for (const holder of document.querySelectorAll<HTMLElement>('[data-highlights]')) {
    const options = readOptions(holder);
    const option = Object.hasOwn(options, value) ? options[value] : undefined;
    if (!option) continue;
    const keys = new Set(option.keys);
    for (const svg of holder.querySelectorAll('.chart-svg')) svg.classList.add('has-highlight');
    for (const mark of holder.querySelectorAll<SVGElement>('[data-key]'))
      if (keys.has(mark.dataset.key ?? '')) mark.classList.add('is-highlighted');
    const note = holder.querySelector<HTMLElement>('[data-highlight-note]');
    if (note) {
      note.textContent = option.caption;
      note.hidden = false;
    }
  }
}
