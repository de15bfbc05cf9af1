import type { APIRoute } from 'astro';
import { WIDTHS } from '../charts/palette';
import { EMBED_TYPE } from '../lib/embedSize';

/**
 * `/embed-sizes.css`: the embed pages' type and spacing as custom properties, written from the same
 * constants the frame-height estimate counts (src/lib/embedSize.ts), so the two cannot drift. A file,
 * not a style attribute, because the content security policy allows no inline style.
 */
export const GET: APIRoute = () => {
  const { padding, gap, title, body, small, stripCell } = EMBED_TYPE;
  const properties = {
    'embed-padding': `${padding}px`,
    'embed-gap': `${gap}px`,
    // `font` shorthands, so each needs the family too.
    'embed-title': `600 ${title.size}px/${title.line} var(--font-sans)`,
    'embed-body': `${body.size}px/${body.line} var(--font-sans)`,
    'embed-small': `${small.size}px/${small.line} var(--font-sans)`,
    'embed-wide': `${WIDTHS.wide}px`,
    'embed-narrow': `${WIDTHS.narrow}px`,
    'embed-cell-width': `${stripCell.width}px`,
    'embed-cell-height': `${stripCell.height}px`,
    'embed-cell-gap': `${stripCell.gap}px`,
  };
  const css = `:root {\n${Object.entries(properties)
    .map(([name, value]) => `  --${name}: ${value};`)
    .join('\n')}\n}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
