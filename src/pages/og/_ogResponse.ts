// Shared by the link-preview image endpoints; the underscore keeps it from being a route.
import { svgToPng } from '../../charts/files';
import { buildSite } from '../../lib/base';

/** A 1× PNG of the card `draw` makes for the site's host (the host is printed in its source line). */
export function ogResponse(site: URL | undefined, draw: (host: string) => string): Response {
  const host = buildSite(site).host;
  return new Response(svgToPng(draw(host), 1), { headers: { 'Content-Type': 'image/png' } });
}
