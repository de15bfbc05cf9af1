import type { Dataset } from './dataset/dataset';
import { reportCitation, SITE_NAME } from './cite';
import { COLUMN_DOCS, expandColumnDocs, type ColumnDoc } from './csvColumns';
import type { Download } from './downloads';

/**
 * `datapackage.json`: a Frictionless Data Package (v1) describing every JSON and CSV download, so
 * that data tools can load the files with their types. Paths are relative to the descriptor, so the
 * same file describes `/data/` and `/data/v<version>/`. Each CSV's Table Schema comes from the
 * column documentation the CSV writers take their headers from (csvColumns.ts).
 */

interface TableField {
  name: string;
  type: ColumnDoc['type'];
  description: string;
}

export interface DataResource {
  name: string;
  path: string;
  profile: 'data-resource' | 'tabular-data-resource';
  format: 'json' | 'csv';
  mediatype: string;
  encoding: 'utf-8';
  description: string;
  schema?: { fields: TableField[]; missingValues: string[] };
}

/** `/data/agreements/paris-call.json` → `agreements-paris-call` (a Data Package resource name). */
export function resourceName(path: string): string {
  return path
    .replace(/^\/data\//u, '')
    .replace(/\.(json|csv)$/u, '')
    .replaceAll('/', '-');
}

function resource(download: Download, data: Dataset): DataResource {
  const isCsv = download.format === 'CSV';
  const columns = COLUMN_DOCS[download.path];
  return {
    name: resourceName(download.path),
    path: download.path.replace(/^\/data\//u, ''),
    profile: isCsv ? 'tabular-data-resource' : 'data-resource',
    format: isCsv ? 'csv' : 'json',
    mediatype: download.mediaType,
    encoding: 'utf-8',
    description: download.description,
    ...(isCsv && columns
      ? {
          schema: {
            fields: expandColumnDocs(columns, data.norms).map(({ name, type, meaning }) => ({
              name,
              type,
              description: meaning,
            })),
            // An empty cell (a passage's norm when it is not a norm's evidence) is a missing value.
            missingValues: [''],
          },
        }
      : {}),
  };
}

/** The descriptor of the files in `files` (every download but the descriptor itself). */
export function dataPackage(data: Dataset, files: readonly Download[], homepage: string): object {
  const { meta, report } = data;
  return {
    profile: 'data-package',
    name: 'cyber-norms-explorer',
    title: `${SITE_NAME} dataset`,
    description:
      'International cyber-norms agreements coded against the 11 norms of the 2015 UN GGE report by the IGF 2020 BPF Cybersecurity report, with every evidence quote; and the editors’ own coding of related texts (documents.json), kept apart.',
    version: meta.version,
    homepage,
    licenses: [{ name: meta.license.id, path: meta.license.url, title: meta.license.name }],
    sources: [{ title: reportCitation(report) }],
    resources: files.map((file) => resource(file, data)),
  };
}
