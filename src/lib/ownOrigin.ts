/**
 * A page shows and lets readers copy absolute addresses (citations, embed snippets, the data page's
 * examples). They are written at build time with the build's site origin (SITE_URL), which is wrong
 * wherever the same files are served from another host. The browser script src/scripts/ownOrigin.ts
 * swaps that origin for the page's own; this is its pure part. The base path is the same on both
 * sides (the built files know their base), so only the origin, and a bare mention of its host,
 * change.
 */

/** Characters that can continue a host or a port: a match followed or preceded by one is another host. */
const HOST_CHAR = String.raw`[\w.:-]`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * `text` with every address at the origin `from` moved to the origin `to`, and every bare mention of
 * `from`'s host (as in "Open the full view on example.org") replaced by `to`'s host.
 */
export function moveOrigin(text: string, from: URL, to: URL): string {
  if (from.origin === to.origin) return text;
  const origin = new RegExp(`${escapeRegExp(from.origin)}(?!${HOST_CHAR})`, 'gu');
  const host = new RegExp(`(?<!${HOST_CHAR}|//)${escapeRegExp(from.host)}(?!${HOST_CHAR})`, 'gu');
  return text.replace(origin, to.origin).replace(host, to.host);
}

/** Whether a page at `page` should show its own origin instead of the build's `built`. */
export function shouldMoveOrigin(built: URL, page: URL): boolean {
  return (page.protocol === 'http:' || page.protocol === 'https:') && built.origin !== page.origin;
}
