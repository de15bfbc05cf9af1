/**
 * A few helpers to write SVG markup as strings. Charts are strings so that one renderer serves the
 * page, the downloadable SVG, the PNG (rendered with resvg) and the snapshot tests.
 */
import { escapeMarkup } from '../lib/text/escape';

export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** Rounds coordinates so that snapshots and file sizes stay stable. */
export function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** `name="value"` pairs; false, null and undefined are left out, numbers rounded. */
export function attrs(values: Attrs): string {
  const out: string[] = [];
  for (const [k, v] of Object.entries(values)) {
    if (v === false || v === null || v === undefined) continue;
    out.push(v === true ? k : `${k}="${escapeMarkup(typeof v === 'number' ? round(v) : v)}"`);
  }
  return out.join(' ');
}

/** An element with children (already markup) or none. */
export function el(name: string, values: Attrs, ...children: string[]): string {
  const open = `<${name}${Object.keys(values).length ? ` ${attrs(values)}` : ''}`;
  return children.length === 0 ? `${open}/>` : `${open}>${children.join('')}</${name}>`;
}

/** A text element; the text is escaped. */
export function text(values: Attrs, content: string | number): string {
  return el('text', values, escapeMarkup(content));
}

/** A link around marks, so a bar opens what it shows. Kept out of the tab order: the data table
 *  under every chart holds the same links for keyboard and screen-reader users. */
export function link(href: string, ...children: string[]): string {
  return el('a', { href, tabindex: -1 }, ...children);
}

/**
 * Splits text into lines of at most `max` characters at spaces (SVG text does not wrap). An
 * estimate, good enough for titles and source lines in a known font. Only ordinary spaces break a
 * line, so a no-break space keeps "Chart I" together as it does in HTML.
 */
export function wrapText(content: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/[ \t\n]+/u)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
