/**
 * Every dynamic route's paths and props, computed once from the dataset (Starlight's
 * `utils/routing` habit). Route files only return these from `getStaticPaths` and render their props:
 * no page looks a record up again.
 */
import { CHARTS } from './charts/registry';
import type { ChartDefinition } from './charts/types';
import type { Agreement } from './schemas/agreement';
import type { CodedDocument } from './schemas/document';
import type { Norm } from './schemas/norm';
import type { Source } from './schemas/source';
import { neighbours, relatedSources } from './lib/agreements';
import { allDownloads, type Download } from './lib/downloads';
import { redirects, type Redirect } from './lib/redirects';
import type { Dataset } from './lib/dataset/dataset';
import { timelineFor, type TimelineView } from './lib/timeline';
import { versionedDataPath } from './lib/urls';

export interface AgreementRoute {
  params: { slug: string };
  props: {
    agreement: Agreement;
    previous: Agreement | undefined;
    next: Agreement | undefined;
    /** Source documents that relate to this agreement (not the report). */
    related: Source[];
    timeline: TimelineView | null;
  };
}

/** `/agreements/<slug>/`, one per agreement, in report order. */
export function agreementRoutes({ agreements, sources, timeline }: Dataset): AgreementRoute[] {
  return agreements.map((agreement) => ({
    params: { slug: agreement.slug },
    props: {
      agreement,
      ...neighbours(agreements, agreement.slug),
      related: relatedSources(sources, agreement.slug),
      timeline: timelineFor(timeline, sources, agreement.slug),
    },
  }));
}

export interface NormRoute {
  params: { norm: string };
  props: {
    norm: Norm;
    previous: Norm | undefined;
    next: Norm | undefined;
    /** True for `/norms/<number>/`, which only redirects to the norm's slug. */
    redirect: boolean;
  };
}

/** `/norms/<slug>/` for each norm, and `/norms/<number>/` redirecting there. */
export function normRoutes({ norms }: Dataset): NormRoute[] {
  return norms.flatMap((norm, i) => {
    const props = { norm, previous: norms[i - 1], next: norms[i + 1] };
    return [
      { params: { norm: norm.slug }, props: { ...props, redirect: false } },
      { params: { norm: String(norm.id) }, props: { ...props, redirect: true } },
    ];
  });
}

export interface DocumentRoute {
  params: { id: string };
  props: {
    document: CodedDocument;
    /** The document's entry in `data/sources.yaml` (its title, year, publisher). */
    source: Source;
    text: string;
    /** The report's agreements the document is compared with, in the document's order. */
    related: Agreement[];
  };
}

/**
 * `/documents/<id>/`, one per coded document. The verifier guarantees each has a source entry and a
 * text; a document without them is a bug here, so it throws rather than shipping a broken page.
 */
export function documentRoutes({
  documents,
  sources,
  sourceTexts,
  agreements,
}: Dataset): DocumentRoute[] {
  return documents.map((document) => {
    const source = sources.find((s) => s.id === document.id);
    const text = sourceTexts[document.id];
    if (!source || text === undefined)
      throw new Error(`documents/${document.id}: no source entry or text`);
    const related = document.compareWith.flatMap((slug) =>
      agreements.filter((a) => a.slug === slug),
    );
    return { params: { id: document.id }, props: { document, source, text, related } };
  });
}

export interface SourceRoute {
  params: { id: string };
  props: { source: Source; text: string };
}

/** `/sources/<id>/`, the reader of each source text. */
export function sourceRoutes({ sources, sourceTexts }: Dataset): SourceRoute[] {
  return sources.map((source) => {
    const text = sourceTexts[source.id];
    if (text === undefined) throw new Error(`sources/${source.id}: no text`);
    return { params: { id: source.id }, props: { source, text } };
  });
}

export interface ChartRoute {
  params: { id: string };
  props: { chart: ChartDefinition };
}

/** `/charts/<id>/`, `/embed/<id>/` and the chart files: one per chart in the registry. */
export function chartRoutes(): ChartRoute[] {
  return CHARTS.map((chart) => ({ params: { id: chart.id }, props: { chart } }));
}

export interface AgreementEmbedRoute {
  params: { slug: string };
  props: { agreement: Agreement };
}

/** `/embed/agreements/<slug>/`, `/oembed/agreements/<slug>.json`, `/og/agreements/<slug>.png`. */
export function agreementEmbedRoutes({ agreements }: Dataset): AgreementEmbedRoute[] {
  return agreements.map((agreement) => ({
    params: { slug: agreement.slug },
    props: { agreement },
  }));
}

export interface NormImageRoute {
  params: { slug: string };
  props: { norm: Norm };
}

/** `/og/norms/<slug>.png`: one preview image per norm, at its slug only (numbers redirect). */
export function normImageRoutes({ norms }: Dataset): NormImageRoute[] {
  return norms.map((norm) => ({ params: { slug: norm.slug }, props: { norm } }));
}

export interface DownloadRoute {
  params: { file: string };
  props: { download: Download };
}

/**
 * `/data/<file>`: one route per open-data file (the downloads and one JSON file per record), each
 * served twice, at `/data/<file>` and in the current release's folder `/data/v<version>/<file>`.
 * Earlier releases' folders are frozen copies in public/data/ (scripts/release-data.ts).
 */
export function downloadRoutes(data: Dataset): DownloadRoute[] {
  const file = (path: string) => path.replace(/^\/data\//u, '');
  return allDownloads(data).flatMap((download) => [
    { params: { file: file(download.path) }, props: { download } },
    {
      params: { file: file(versionedDataPath(download.path, data.meta.version)) },
      props: { download },
    },
  ]);
}

export interface RedirectRoute {
  params: { moved: string };
  props: Redirect;
}

/**
 * A page at every published address that has moved (a record's `formerSlugs`): a redirect to where
 * the record lives now, so links in papers and emails keep working.
 */
export function redirectRoutes(data: Dataset): RedirectRoute[] {
  return redirects(data).map((redirect) => ({
    params: { moved: redirect.from.replace(/^\/|\/$/gu, '') },
    props: redirect,
  }));
}
