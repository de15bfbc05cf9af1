/**
 * The site's public URLs, in one place. Paths here are relative to the site root; pass them through
 * `withBase` (src/lib/base.ts) when rendering. Slugs and anchors are part of the public contract.
 */

export const paths = {
  home: '/',
  agreements: '/agreements/',
  norms: '/norms/',
  matrix: '/matrix/',
  charts: '/charts/',
  compare: '/compare/',
  search: '/search/',
  data: '/data/',
  changelog: '/data/changelog/',
  methodology: '/methodology/',
  sources: '/sources/',
  documents: '/documents/',
} as const;

/** The methodology's section on the wording measure (this site's, not the report's). */
export const WORDING_MEASURE_ID = 'wording-measure';
export const wordingMeasurePath = `${paths.methodology}#${WORDING_MEASURE_ID}`;

export function agreementPath(slug: string): string {
  return `/agreements/${slug}/`;
}

/** The anchor of one norm's block on an agreement page: the agreement×norm deep link. */
export function normBlockId(normId: number): string {
  return `norm-${normId}`;
}

export function agreementNormPath(slug: string, normId: number): string {
  return `${agreementPath(slug)}#${normBlockId(normId)}`;
}

export function normPath(slug: string): string {
  return `/norms/${slug}/`;
}

export function sourcePath(id: string, anchor?: string): string {
  return `/sources/${id}/${anchor ? `#${anchor}` : ''}`;
}

/** The anchor of an agreement's section in the report reader. */
export function sectionAnchor(agreementSlug: string): string {
  return `agreement-${agreementSlug}`;
}

/** Where a piece of evidence comes from inside an agreement record. */
export type EvidencePlace =
  | { part: 'norm'; normId: number; index: number }
  | { part: 'commentary'; index: number }
  | { part: 'additional'; index: number };

/** The anchor of one quoted passage in the source reader, e.g. `q-paris-call-n6-1`. */
export function quoteAnchor(agreementSlug: string, place: EvidencePlace): string {
  const where =
    place.part === 'norm' ? `n${place.normId}` : place.part === 'commentary' ? 'c' : 'f';
  return `q-${agreementSlug}-${where}-${place.index + 1}`;
}

export function chartPath(id: string): string {
  return `/charts/${id}/`;
}

export function embedPath(id: string): string {
  return `/embed/${id}/`;
}

/** A chart's downloadable file: `/charts/<id>.svg`, `.png` or `.csv`. */
export function chartFilePath(id: string, format: 'svg' | 'png' | 'csv'): string {
  return `/charts/${id}.${format}`;
}

/** A related document with our own coding: `/documents/<source id>/`. */
export function documentPath(id: string): string {
  return `/documents/${id}/`;
}

/**
 * The anchor of one passage on the page that lists it (an agreement's or a coded document's page):
 * `norm-6-1` for the first quote of norm 6, `commentary-1`, `additional-norm-1`. It extends the norm's
 * own anchor (`norm-6`), so a quote's link reads as a place inside the cell's link.
 */
export function evidenceItemId(place: EvidencePlace): string {
  const where =
    place.part === 'norm'
      ? normBlockId(place.normId)
      : place.part === 'commentary'
        ? 'commentary'
        : 'additional-norm';
  return `${where}-${place.index + 1}`;
}

/** A passage's permalink: its anchor on the page that lists it, e.g. `/agreements/paris-call/#norm-6-1`. */
export function evidenceItemPath(pagePath: string, place: EvidencePlace): string {
  return `${pagePath}#${evidenceItemId(place)}`;
}

/** One agreement's record as JSON: `/data/agreements/<slug>.json`. */
export function agreementDataPath(slug: string): string {
  return `/data/agreements/${slug}.json`;
}

/** One norm's record as JSON: `/data/norms/<slug>.json`. */
export function normDataPath(slug: string): string {
  return `/data/norms/${slug}.json`;
}

/**
 * A data file's address in a release's own folder, which keeps it once the data moves on:
 * `/data/matrix.csv` → `/data/v1.2.0/matrix.csv`.
 */
export function versionedDataPath(path: string, version: string): string {
  return path.replace(/^\/data\//u, `/data/v${version}/`);
}

/** The kinds of page that have their own embed, oEmbed file or preview image. */
export type ShareKind = 'charts' | 'agreements' | 'norms';

/** `/embed/agreements/<slug>/` (a chart's embed is `embedPath` in urls.ts: `/embed/<id>/`). */
export function agreementEmbedPath(slug: string): string {
  return `/embed/agreements/${slug}/`;
}

/** `/oembed/charts/<id>.json`, `/oembed/agreements/<slug>.json`. */
export function oembedPath(kind: Exclude<ShareKind, 'norms'>, id: string): string {
  return `/oembed/${kind}/${id}.json`;
}

/** `/og/charts/<id>.png`, `/og/agreements/<slug>.png`, `/og/norms/<slug>.png` (1200 × 630). */
export function ogImagePath(kind: ShareKind, id: string): string {
  return `/og/${kind}/${id}.png`;
}
