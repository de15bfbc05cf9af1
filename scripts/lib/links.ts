/**
 * The internal link checker's logic: every href, src and form action inside the built site must
 * resolve to a file of the build, and every #fragment to an id on the target page.
 */

/** A built HTML page: its URL path on the site (with the base) and its markup. */
export interface BuiltPage {
  urlPath: string;
  html: string;
}

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

const LINK_ATTRS =
  /<(a|link|script|img|iframe|source|form)\b[^>]*?\s(href|src|action)="([^"]*)"/giu;
const ID_ATTR = /\sid="([^"]+)"/gu;

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/gu, '&')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>');
}

/** The ids declared on a page. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(ID_ATTR)].map((m) => decodeEntities(m[1] ?? '')));
}

/** The internal links of a page: `href`/`src`/`action` values that stay on `origin`. */
export function internalLinks(html: string, pageUrl: URL): URL[] {
  const links: URL[] = [];
  for (const match of html.matchAll(LINK_ATTRS)) {
    const raw = decodeEntities(match[3] ?? '');
    if (raw === '' || /^(mailto|tel|data|javascript):/iu.test(raw)) continue;
    const url = new URL(raw, pageUrl);
    if (url.origin === pageUrl.origin) links.push(url);
  }
  return links;
}

/**
 * Checks every internal link of `pages` against the set of `files` in the build (URL paths, e.g.
 * `/base/agreements/x/index.html`). Pages are addressed as directories (`/x/` → `/x/index.html`).
 */
export function findBrokenLinks(
  pages: readonly BuiltPage[],
  files: ReadonlySet<string>,
  origin = 'http://site.test',
): BrokenLink[] {
  const idsByFile = new Map<string, Set<string>>();
  const pageFile = (path: string): string | undefined => {
    const candidates = path.endsWith('/')
      ? [`${path}index.html`]
      : [path, `${path}/index.html`, `${path}.html`];
    return candidates.find((c) => files.has(c));
  };
  for (const page of pages) {
    const file = pageFile(page.urlPath);
    if (file) idsByFile.set(file, idsOf(page.html));
  }
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const pageUrl = new URL(page.urlPath, origin);
    for (const url of internalLinks(page.html, pageUrl)) {
      const path = decodeURIComponent(url.pathname);
      const file = pageFile(path);
      const shown = `${url.pathname}${url.hash}`;
      if (!file) {
        broken.push({ page: page.urlPath, link: shown, reason: 'no such file in the build' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment === '') continue;
      const ids = idsByFile.get(file);
      if (ids && !ids.has(fragment))
        broken.push({
          page: page.urlPath,
          link: shown,
          reason: `no element with id "${fragment}"`,
        });
    }
  }
  return broken;
}
