import type { Dataset } from '../lib/dataset/dataset';
import { SITE_NAME } from '../lib/cite';
import { highlightSet } from './document';
import { normFrequencyChart } from './normFrequency';
import { CHART_FONT, PALETTE } from './palette';
import { escapeMarkup } from '../lib/text/escape';
import { el, round, text } from './svg';

/** The link-preview image's size: what Open Graph and most social sites expect. */
export const OG_SIZE = { width: 1200, height: 630 } as const;

const MARGIN = 56;
/** Room above the chart (site name and chart title) and below it (the source line). */
const HEAD = 150;
const FOOT = 64;

/**
 * The link-preview image as SVG: the site's name, the frequency chart (the report's Chart I) scaled to
 * fill the frame, and a short source line with the dataset version. Rendered to PNG at 1×.
 */
export function ogImageSvg(
  dataset: Pick<Dataset, 'agreements' | 'norms' | 'meta' | 'report'>,
  host: string,
): string {
  const { width: W, height: H } = OG_SIZE;
  const built = normFrequencyChart.build(dataset);
  const room = { width: W - 2 * MARGIN, height: H - HEAD - FOOT };
  // Row charts keep their height at any width: scale to the height available, then lay the chart
  // out at the width that scale leaves, so that it fills the frame without distortion.
  const natural = built.render({ width: 720, highlight: highlightSet(), href: (p) => p });
  const scale = Math.min(room.height / natural.height, room.width / 720);
  const { body, height } = built.render({
    width: room.width / scale,
    highlight: highlightSet(),
    href: (p) => p,
  });
  const top = HEAD + (room.height - height * scale) / 2;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: W,
      height: H,
      viewBox: `0 0 ${W} ${H}`,
      'font-family': CHART_FONT,
    },
    el('title', {}, escapeMarkup(`${SITE_NAME}: ${normFrequencyChart.title}`)),
    el('rect', { width: W, height: H, fill: PALETTE.paper }),
    el('rect', { width: W, height: 10, fill: PALETTE.bar }),
    text({ x: MARGIN, y: 68, 'font-size': 30, 'font-weight': 600, fill: PALETTE.bar }, SITE_NAME),
    text(
      { x: MARGIN, y: 120, 'font-size': 42, 'font-weight': 600, fill: PALETTE.ink },
      normFrequencyChart.title,
    ),
    el('g', { transform: `translate(${MARGIN},${round(top)}) scale(${scale.toFixed(4)})` }, body),
    text(
      { x: MARGIN, y: H - 28, 'font-size': 20, fill: PALETTE.inkSoft },
      `Source: ${dataset.report.shortTitle} · dataset version ${dataset.meta.version} · ${host}`,
    ),
  );
}
