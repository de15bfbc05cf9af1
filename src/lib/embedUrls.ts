/**
 * The addresses of what makes a page shareable: its embeddable view, its oEmbed file and its
 * link-preview image. Relative to the site root, like src/lib/urls.ts.
 */

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
