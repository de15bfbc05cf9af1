/**
 * Chart colours. On the page, CSS classes (src/styles/charts.css) colour the marks with the design
 * tokens, light and dark. Downloaded files carry no CSS, so every mark also gets the light colour
 * as a presentation attribute; CSS overrides it on the page.
 *
 * Hues follow Okabe & Ito's colour-blind-safe set, darkened for contrast on white; meaning never
 * rests on colour alone (labels and symbols say it too).
 */
export const PALETTE = {
  ink: '#1b222c',
  inkSoft: '#4a5361',
  rule: '#d9d5cc',
  paper: '#ffffff',
  bar: '#1c4f8f',
  barMuted: '#7790b5',
  highlight: '#b34700',
  unlabeled: '#fbecd5',
  unlabeledStroke: '#8a4b00',
  /** Our editors' coding, apart from the report's (the site's "note" colour). */
  editors: '#6b3fa0',
  /**
   * The wording measure's classes (src/lib/wording/classes.ts), the light halves of the
   * `--wording-*` pairs in src/styles/global.css: darkest = closest to the GGE wording.
   */
  wording: {
    restates: '#3d2c8d',
    'borrows-phrases': '#8272c9',
    'own-words': '#e4e0f4',
  },
  category: {
    un: '#0b5fa5',
    'single-stakeholder-group': '#a35200',
    multistakeholder: '#177a57',
  },
  /**
   * Sequential blues for the heat map, light to dark. Numbers are dark ink on all but the last step
   * and white on the last (HEAT_DARK_FROM): both at 4.5:1 or more.
   */
  heat: ['#eef3f9', '#c6dbef', '#9ecae1', '#6baed6', '#1c4f8f'],
} as const;

/** The font charts are drawn in (shipped with the site; resvg is given the same font files). */
export const CHART_FONT = "'Source Sans 3', 'Source Sans Pro', Arial, sans-serif";

/**
 * The family of the font subset a downloaded SVG embeds (src/charts/fontSubset.ts). Named apart:
 * the SIL Open Font License reserves the name "Source" for the original font, and a subset is a
 * modified version.
 */
export const EMBEDDED_FAMILY = 'Chart Sans';

/** Sizes in SVG units (px at 1×). Text never goes below 12 px at the narrow layout. */
export const TYPE = { label: 13, small: 12, value: 13, title: 20, source: 12 } as const;

/** The first heat-map step whose numbers are white. */
export const HEAT_DARK_FROM = 4;

/**
 * Layout widths. A page carries three renderings of each chart and shows the widest that fits its
 * container at 1:1 (src/components/charts/ChartFigure.astro), so text keeps its drawn size instead of
 * shrinking with a scaled drawing: `wide` for the wide pages' 1,000 px figure, `medium` for ordinary
 * pages, tablets and the downloaded files, `narrow` for phones. The narrow one is the width a 360 px
 * phone leaves for content (360 − 2 × 17 px padding, rounded down), so that its 12-unit text is drawn
 * at 12 px or more there rather than shrunk.
 */
export const WIDTHS = { wide: 1000, medium: 720, narrow: 320 } as const;

/** The page renderings, widest first: the class `chart-<name>` and the width it is drawn at. */
export const PAGE_LAYOUTS = ['wide', 'medium', 'narrow'] as const;

/**
 * The width of downloaded files (SVG and PNG): the medium layout, whose text stays readable when a
 * file is scaled into a slide or a printed column.
 */
export const FILE_WIDTH = WIDTHS.medium;
