/**
 * The one place pages read the content collections: everything else in `src/lib` is pure and takes
 * plain records, so it can be tested and reused by scripts.
 */
import { getCollection } from 'astro:content';
import type { Agreement } from '../schemas/agreement';
import type { DatasetMeta } from '../schemas/dataset';
import type { CodedDocument } from '../schemas/document';
import type { Norm } from '../schemas/norm';
import type { ReportFigure } from '../schemas/reportFigure';
import type { Source } from '../schemas/source';
import type { Timeline } from '../schemas/timeline';

export interface Dataset {
  /** The 11 norms in number order. */
  norms: Norm[];
  /** The 22 agreements in report order, each with its slug. */
  agreements: Agreement[];
  sources: Source[];
  /** The report itself: the one source of kind `report`. */
  report: Source;
  /** The report's own figures on norm frequencies. */
  reportFigures: ReportFigure[];
  /** Source texts by source id. */
  sourceTexts: Record<string, string>;
  meta: DatasetMeta;
  /** Our coding of related primary texts (never counted in the report's figures). */
  documents: CodedDocument[];
  /** The G7 timeline, shown on the pages of the agreements its list relates to; null when absent. */
  timeline: Timeline | null;
}

let cached: Promise<Dataset> | undefined;

/** The whole dataset, read once per build. */
export function loadDataset(): Promise<Dataset> {
  cached ??= read();
  return cached;
}

async function read(): Promise<Dataset> {
  const [norms, agreements, sources, meta, figures, texts, documents, timelines] =
    await Promise.all([
      getCollection('norms'),
      getCollection('agreements'),
      getCollection('sources'),
      getCollection('dataset'),
      getCollection('reportFigures'),
      getCollection('sourceTexts'),
      getCollection('documents'),
      getCollection('timelines'),
    ]);
  const timeline = timelines[0]?.data;
  const current = meta[0]?.data;
  if (!current)
    throw new Error('data/dataset.yaml: expected the dataset version and changelog, found nothing');
  const report = sources.find((s) => s.data.kind === 'report')?.data;
  if (!report)
    throw new Error('data/sources.yaml: expected one source of kind "report", found none');
  return {
    norms: norms.map((n) => n.data).sort((a, b) => a.id - b.id),
    agreements: agreements
      .map((a) => ({ ...a.data, slug: a.id }))
      .sort((a, b) => a.order - b.order),
    sources: sources.map((s) => s.data),
    report,
    reportFigures: figures
      .sort((a, b) => Number(a.id) - Number(b.id))
      .map(({ data: { id: _id, ...figure } }) => figure),
    sourceTexts: Object.fromEntries(texts.map((t) => [t.id, t.data.text])),
    meta: current,
    documents: documents
      .map((d) => ({ ...d.data, id: d.id }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    timeline: timeline ? (({ id: _id, ...rest }) => rest)(timeline) : null,
  };
}
