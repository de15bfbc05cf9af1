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

/**
 * The site origin a build uses when SITE_URL is not set: fine for `npm start` and the tests, wrong for
 * any real host (astro.config.mjs warns when a build falls back to it). The only copy of it.
 */
export const FALLBACK_SITE_URL = 'http://localhost:4321';

/**
 * The build's site origin: `Astro.site` (the config always sets it, from SITE_URL or the fallback).
 * Takes `Astro.site` or an endpoint's `site`, whose type allows `undefined`.
 */
export function buildSite(site: URL | undefined): URL {
  return site ?? new URL(FALLBACK_SITE_URL);
}

/** The absolute URL of a site path, for canonical links, citations and embed snippets. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(withBase(path), site).href;
}
