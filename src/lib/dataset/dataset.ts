import type { Agreement } from '../../schemas/agreement';
import type { DatasetMeta } from '../../schemas/dataset';
import type { CodedDocument } from '../../schemas/document';
import type { Norm } from '../../schemas/norm';
import type { Published } from '../../schemas/published';
import type { ReportFigure } from '../../schemas/reportFigure';
import type { Source } from '../../schemas/source';
import type { Timeline } from '../../schemas/timeline';
import type { ReportSection } from '../reportSections';
import type { DatasetWording } from '../wording/datasetWording';

/**
 * The whole dataset once every check has passed: the one shape every page, script and test gets.
 * Made only by `readDataset` (through the verifier); nothing else reads `data/`.
 */
export interface Dataset {
  /** The 11 norms in number order. */
  norms: Norm[];
  /** The 22 agreements in report order, each with its slug (its file name). */
  agreements: Agreement[];
  sources: Source[];
  /** The report itself: the one source of kind `report`. */
  report: Source;
  /** The dataset's version and changelog. */
  meta: DatasetMeta;
  /** The report's own figures on norm frequencies. */
  reportFigures: ReportFigure[];
  /** Source texts by source id. */
  sourceTexts: Record<string, string>;
  /** Our coding of related primary texts, by id (never counted in the report's figures). */
  documents: CodedDocument[];
  /** The G7 timeline, shown on the pages of the agreements its list relates to; null when absent. */
  timeline: Timeline | null;
  /** Where each agreement's section lies in the report. */
  sections: ReportSection[];
  /** The ledger of every slug ever published (`data/published.yaml`): public URLs kept for good. */
  published: Published;
  /**
   * How closely each reflected cell's quotes follow its norm's 2015 GGE wording: this site's
   * measure (src/lib/wording), never the report's coding. Derived from the cells above.
   */
  wording: DatasetWording;
}
