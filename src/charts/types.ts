import type { Agreement } from '../schemas/agreement';
import type { CodedDocument } from '../schemas/document';
import type { Norm } from '../schemas/norm';
import type { CsvValue } from '../lib/csv';
import type { DatasetWording } from '../lib/wording/datasetWording';

/** What every chart is computed from: the report's agreements and the norms. */
export interface ChartInput {
  agreements: readonly Agreement[];
  norms: readonly Norm[];
  /**
   * Documents coded by the site's editors. Only the editors' variants of a chart read them, and draw
   * them apart; the report's charts never do.
   */
  documents?: readonly CodedDocument[];
  /**
   * The wording measure (this site's, not the report's), as the dataset computed it once: charts
   * of the measure read it here and never measure anything themselves.
   */
  wording: DatasetWording;
}

/** A mark's key, shared by the SVG (`data-key`) and the highlight option: `norm:6`, `agreement:paris-call`. */
export type MarkKey = `norm:${number}` | `agreement:${string}`;

export interface RenderOptions {
  /** Layout width in SVG units. */
  width: number;
  /** Marks to highlight. */
  highlight: ReadonlySet<MarkKey>;
  /** Turns a site path into the URL a mark links to (base-relative on the page, absolute in files). */
  href: (path: string) => string;
}

/** The chart body (without the frame a downloaded file gets) and its size. */
export interface RenderedChart {
  body: string;
  width: number;
  height: number;
}

/** The numbers drawn, as a table: shown under the chart and written to the CSV. */
export interface ChartTable {
  columns: string[];
  /** One entry per row; `href` links the row's first cell to what it shows. */
  rows: { cells: CsvValue[]; href?: string }[];
}

/** A chart with its data computed: everything the frame, the downloads and the tests need. */
export interface BuiltChart {
  table: ChartTable;
  /** A text alternative: the chart's main message in one or two sentences, with the numbers. */
  summary: string;
  render: (options: RenderOptions) => RenderedChart;
}

export interface ChartDefinition {
  id: string;
  title: string;
  /** One sentence: what the chart shows. */
  description: string;
  /**
   * For a chart of one of this site's measures rather than the report's coding: the line saying so,
   * printed before the source line wherever the chart goes (its page, embed and files).
   */
  measure?: {
    line: string;
    /** The site path of the section that explains the measure (the page links the line to it). */
    path: string;
  };
  build: (input: ChartInput) => BuiltChart;
}
