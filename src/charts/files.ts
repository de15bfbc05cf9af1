import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { toCsv } from '../lib/csv';
import type { BuiltChart } from './types';

/** The chart font's files, for resvg (which must not fall back to whatever fonts a machine has). */
const FONT_FILES = [
  '400Regular/SourceSans3_400Regular.ttf',
  '600SemiBold/SourceSans3_600SemiBold.ttf',
];

function fontPaths(): string[] {
  const require = createRequire(join(process.cwd(), 'package.json'));
  return FONT_FILES.map((file) => require.resolve(`@expo-google-fonts/source-sans-3/${file}`));
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
