import type { Dataset } from '../lib/dataset/dataset';
import { SITE_NAME } from '../lib/cite';
import { highlightSet } from './document';
import { normFrequencyChart } from './normFrequency';
import { CHART_FONT, PALETTE } from './palette';
import { escapeMarkup } from '../lib/text/escape';
import { el, round, text, wrapText } from './svg';
import type { ChartDefinition, RenderedChart } from './types';

/** The link-preview image's size: what Open Graph and most social sites expect. */
export const OG_SIZE = { width: 1200, height: 630 } as const;

/** The site image's text alternative, after the site's name. */
export const SITE_IMAGE_ALT = `the chart ${normFrequencyChart.title}`;

export const OG_MARGIN = 56;
const FOOT = 64;
const TITLE_SIZE = 42;
const TITLE_LINE = 50;
/** Characters of a 42 px title that fit the image's width, with room to spare. */
const TITLE_CHARS = 44;

/** Where a card's key figure may be drawn: below the title, above the source line. */
export interface OgRoom {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * One link-preview image (1200 × 630, rendered to PNG at 1×): the site's name, the page's title (at
 * most three lines), its key figure drawn by `figure` in the room left, and a source line. Titles
 * come from the data and stay text (escaped).
 */
export function ogCard(input: {
  title: string;
  footer: string;
  figure: (room: OgRoom) => string;
}): string {
  const { width: W, height: H } = OG_SIZE;
  const lines = wrapText(input.title, TITLE_CHARS);
  const shown = lines.length > 3 ? [...lines.slice(0, 2), `${lines[2] ?? ''} …`] : lines;
  const top = 120 + (shown.length - 1) * TITLE_LINE + 32;
  const room = { x: OG_MARGIN, y: top, width: W - 2 * OG_MARGIN, height: H - top - FOOT };
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: W,
      height: H,
      viewBox: `0 0 ${W} ${H}`,
      'font-family': CHART_FONT,
    },
    el('title', {}, escapeMarkup(`${SITE_NAME}: ${input.title}`)),
    el('rect', { width: W, height: H, fill: PALETTE.paper }),
    el('rect', { width: W, height: 10, fill: PALETTE.bar }),
    text(
      { x: OG_MARGIN, y: 68, 'font-size': 30, 'font-weight': 600, fill: PALETTE.bar },
      SITE_NAME,
    ),
    ...shown.map((line, i) =>
      text(
        {
          x: OG_MARGIN,
          y: 120 + i * TITLE_LINE,
          'font-size': TITLE_SIZE,
          'font-weight': 600,
          fill: PALETTE.ink,
        },
        line,
      ),
    ),
    input.figure(room),
    text({ x: OG_MARGIN, y: H - 28, 'font-size': 20, fill: PALETTE.inkSoft }, input.footer),
  );
}

type OgData = Pick<Dataset, 'agreements' | 'norms' | 'wording' | 'meta' | 'report'>;

/** The source line every card ends with. */
export function ogFooter(data: Pick<OgData, 'meta' | 'report'>, host: string): string {
  return `Source: ${data.report.shortTitle} · dataset version ${data.meta.version} · ${host}`;
}

/** A chart's card: the chart scaled to fill the room without distortion. */
export function chartOgImageSvg(chart: ChartDefinition, data: OgData, host: string): string {
  const built = chart.build(data);
  const render = (width: number) =>
    built.render({ width, highlight: highlightSet(), href: (p) => p });
  return ogCard({
    title: chart.title,
    footer: ogFooter(data, host),
    figure: (room) => {
      const fit = (r: RenderedChart) => ({
        ...r,
        scale: Math.min(room.height / r.height, room.width / r.width),
      });
      const natural = fit(render(720));
      // A row chart laid out wider fills the room at the same scale; a chart whose height follows
      // its width would only shrink, so the larger of the two scales wins.
      const wider = fit(render(room.width / natural.scale));
      const { body, height, scale } = wider.scale >= natural.scale ? wider : natural;
      const y = room.y + (room.height - height * scale) / 2;
      return el(
        'g',
        { transform: `translate(${room.x},${round(y)}) scale(${scale.toFixed(4)})` },
        body,
      );
    },
  });
}

/** The site's own link-preview image (`/og-image.png`): the report's Chart I with the site's name. */
export function ogImageSvg(data: OgData, host: string): string {
  return chartOgImageSvg(normFrequencyChart, data, host);
}
