import type { DatasetMeta } from '../schemas/dataset';
import type { Source } from '../schemas/source';
import { SITE_NAME } from './cite';
import type { Download } from './downloads';

/** schema.org `Dataset` metadata for the data page, so that dataset search engines find it. */
export function datasetJsonLd(input: {
  meta: DatasetMeta;
  report: Source;
  downloads: readonly Download[];
  url: (path: string) => string;
  description: string;
}): object {
  const { meta, report, downloads, url, description } = input;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: `${SITE_NAME}: international cyber-norms agreements against the 11 UN GGE norms`,
    description,
    version: meta.version,
    dateModified: meta.changelog[0]?.date,
    url: url('/data/'),
    license: meta.license.url,
    creator: { '@type': 'Organization', name: SITE_NAME, url: url('/') },
    isBasedOn: {
      '@type': 'Report',
      name: report.title,
      datePublished: String(report.year),
      publisher: { '@type': 'Organization', name: report.publisher },
      author: report.authors.map((name) => ({ '@type': 'Person', name })),
    },
    distribution: downloads.map((d) => ({
      '@type': 'DataDownload',
      contentUrl: url(d.path),
      encodingFormat: d.mediaType,
      description: d.description,
    })),
  };
}
