import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { toCsv } from '../lib/csv';
import type { BuiltChart } from './types';

/**
 * The chart font's two weights, for resvg (which must not fall back to whatever fonts a machine has).
 * resvg reads TTF or OTF, not the WOFF2 that pages use, so the two files are committed beside this
 * module with their licence (OFL.txt). They are found from the project root, as `data/` is, because
 * this module runs bundled into Astro's build output, away from its own folder.
 */
const FONT_DIRECTORY = join('src', 'charts', 'fonts');
/** The chart font's files by weight (the weights charts use). */
export const FONT_FILES = {
  400: 'SourceSans3_400Regular.ttf',
  600: 'SourceSans3_600SemiBold.ttf',
} as const;
export type FontWeight = keyof typeof FONT_FILES;

/** Where a weight's TTF lies (also read by the font subsetter for downloaded SVGs). */
export function fontPath(weight: FontWeight, root: string = process.cwd()): string {
  return join(root, FONT_DIRECTORY, FONT_FILES[weight]);
}

function fontPaths(): string[] {
  return [fontPath(400), fontPath(600)];
}

/** A PNG of a standalone SVG at `scale`× its size (2× for slides and print). */
export function svgToPng(svg: string, scale = 2): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: fontPaths(), loadSystemFonts: false, defaultFontFamily: 'Source Sans 3' },
  });
  return new Uint8Array(resvg.render().asPng());
}

/** The CSV of exactly the numbers drawn, each row stamped with the dataset version. */
export function chartCsv(built: BuiltChart, version: string): string {
  const header = [...built.table.columns.map(csvName), 'dataset_version'];
  return toCsv(
    header,
    built.table.rows.map((row) => [...row.cells, version]),
  );
}

/** "Agreements reflecting it" → "agreements_reflecting_it". */
export function csvName(column: string): string {
  return column
    .toLowerCase()
    .replace(/[’']/gu, '')
    .replace(/[^a-z0-9]+/gu, '_')
    .replace(/^_|_$/gu, '');
}
