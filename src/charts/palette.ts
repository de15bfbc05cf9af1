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
  barMuted: '#9fb4cf',
  highlight: '#b34700',
  unlabeled: '#fbecd5',
  unlabeledStroke: '#8a4b00',
  category: {
    un: '#0b5fa5',
    'single-stakeholder-group': '#a35200',
    multistakeholder: '#177a57',
  },
  /** Sequential blues for the heat map, light to dark; text turns white on the last two. */
  heat: ['#eef3f9', '#c6dbef', '#9ecae1', '#4a8fc4', '#1c4f8f'],
} as const;

/** The font charts are drawn in (shipped with the site; resvg is given the same font files). */
export const CHART_FONT = "'Source Sans 3', 'Source Sans Pro', Arial, sans-serif";

/** Sizes in SVG units (px at 1×). Text never goes below 12 px at the narrow layout. */
export const TYPE = { label: 13, small: 12, value: 13, title: 20, source: 12 } as const;

/** Layout widths: the wide layout for screens and downloads, the narrow one for phones. */
export const WIDTHS = { wide: 720, narrow: 360 } as const;
