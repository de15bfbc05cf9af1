import type { Dataset } from './dataset/dataset';
import { absoluteUrl } from './base';
import { dataPackage } from './dataPackage';
import {
  agreementsExport,
  documentsExport,
  exportAgreement,
  exportNorm,
  normsExport,
} from './exports';
import { publishedJsonSchema } from './jsonSchema';
import { evidenceCsv, matrixCsv } from './tableExports';
import { agreementDataPath, normDataPath } from './urls';

/** One file of the open data, built from the YAML at build time. */
export interface Download {
  /** Site path, e.g. `/data/matrix.csv`. */
  path: string;
  format: 'JSON' | 'CSV' | 'JSON Schema' | 'Data Package';
  mediaType: string;
  /** What is in it, for the data page. */
  description: string;
  build: (data: Dataset, site: URL | string) => string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every download, in the order the data page lists them. Each route under /data/ serves one. */
export const DOWNLOADS: readonly Download[] = [
  {
    path: '/data/agreements.json',
    format: 'JSON',
    mediaType: 'application/json',
    description:
      'Every agreement with its metadata (the report’s wording beside our normalised values) and its 11 norm cells: label, reflected, evidence with locators, editors’ notes, and this site’s wording measure of the cell (not the report’s).',
    build: (d) => json(agreementsExport(d.agreements, d.wording.agreements, d.meta, d.report)),
  },
  {
    path: '/data/norms.json',
    format: 'JSON',
    mediaType: 'application/json',
    description:
      'The 11 norms: our short title, the report’s simplified wording, the 2015 UN GGE wording, and the agreements that reflect each.',
    build: (d) => json(normsExport(d.norms, d.agreements, d.meta, d.report)),
  },
  {
    path: '/data/matrix.csv',
    format: 'CSV',
    mediaType: 'text/csv',
    description:
      'One row per agreement; for each norm, the report’s label (yes, n/a, unlabeled) and whether it counts as reflected, then this site’s wording measure of each norm’s cell (class and share).',
    build: (d) => matrixCsv(d.agreements, d.norms, d.wording.agreements, d.meta.version),
  },
  {
    path: '/data/evidence.csv',
    format: 'CSV',
    mediaType: 'text/csv',
    description:
      'One row per quoted passage: agreement, part (norm, report’s framing, additional norm), norm, position, the quote, its locator and kind, the address of the passage in the report reader, and the runs of words it shares with its norm’s GGE wording (this site’s measure).',
    build: (d, site) =>
      evidenceCsv(d.agreements, d.wording.agreements, d.report.id, d.meta.version, (path) =>
        absoluteUrl(path, site),
      ),
  },
  {
    path: '/data/documents.json',
    format: 'JSON',
    mediaType: 'application/json',
    description:
      'Our own coding (the Cyber Norms Explorer editors’, not the report’s) of the related primary texts, in the same cell shape as agreements.json: label, reflected, verbatim evidence, notes, and this site’s wording measure of the editors’ quotes.',
    build: (d) => json(documentsExport(d.documents, d.wording.documents, d.meta, d.report)),
  },
  {
    path: '/data/schema.json',
    format: 'JSON Schema',
    mediaType: 'application/schema+json',
    description:
      'JSON Schema (draft-07) of agreements.json, norms.json and documents.json, generated from the schemas that validate the data: each file validates against it as a whole.',
    build: (d, site) =>
      json(publishedJsonSchema(d.meta.version, absoluteUrl('/data/schema.json', site))),
  },
  {
    path: '/data/datapackage.json',
    format: 'Data Package',
    mediaType: 'application/json',
    description:
      'A Frictionless Data Package describing every file here, the files of single records too: format, licence, version and, for each CSV file, its columns and their types, so that data tools load them typed.',
    build: (d, site) =>
      json(
        dataPackage(
          d,
          [...DOWNLOADS.filter((file) => file.format !== 'Data Package'), ...recordDownloads(d)],
          absoluteUrl('/data/', site),
        ),
      ),
  },
];

/**
 * One JSON file per record, `/data/agreements/<slug>.json` and `/data/norms/<slug>.json`: each
 * exactly that record as `agreements.json` or `norms.json` holds it (no file header; the versioned
 * address `/data/v<version>/…` names the version).
 */
export function recordDownloads(data: Dataset): Download[] {
  return [
    ...data.agreements.map((agreement): Download => ({
      path: agreementDataPath(agreement.slug),
      format: 'JSON',
      mediaType: 'application/json',
      description: `${agreement.shortName}: its record as in agreements.json.`,
      build: (d) => json(exportAgreement(agreement, d.wording.agreements)),
    })),
    ...data.norms.map((norm): Download => ({
      path: normDataPath(norm.slug),
      format: 'JSON',
      mediaType: 'application/json',
      description: `Norm ${norm.id}, ${norm.title}: its record as in norms.json.`,
      build: (d) => json(exportNorm(norm, d.agreements)),
    })),
  ];
}

/**
 * The files every release has published, so an earlier release's folder (public/data/v<version>/)
 * can be linked without listing it: a unit test holds each frozen release to them.
 */
export const EVERY_RELEASE_FILES = [
  '/data/agreements.json',
  '/data/norms.json',
  '/data/matrix.csv',
  '/data/evidence.csv',
] as const;

/** Every file under /data/ of the current release: the downloads and the files of single records. */
export function allDownloads(data: Dataset): Download[] {
  return [...DOWNLOADS, ...recordDownloads(data)];
}

/** The download served at `path`; throws for an unknown one. */
export function downloadAt(path: string): Download {
  const found = DOWNLOADS.find((d) => d.path === path);
  if (!found) throw new Error(`No download at ${path}`);
  return found;
}

/** The file name of a download, e.g. `matrix.csv`. */
export function fileName(download: Pick<Download, 'path'>): string {
  return download.path.split('/').pop() ?? download.path;
}
