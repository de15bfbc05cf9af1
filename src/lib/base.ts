/**
 * Every internal link, asset and fetched file goes through `withBase`, so the site works under a
 * sub-path (`BASE_PATH=/cyber-norms/`) as well as at the root.
 */

/** Joins a base path (`/` or `/sub/`) and a site path (`/agreements/`), keeping one slash between. */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  if (/^[a-z][a-z0-9+.-]*:/iu.test(path) || path.startsWith('#')) return path;
  const rest = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${rest}`;
}

/** `path` under the site's configured base. */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The absolute URL of a site path, for canonical links, citations and embed snippets. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(withBase(path), site).href;
}
