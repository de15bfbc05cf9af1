/**
 * Counts the elements of a built HTML page without a browser: every start tag outside comments,
 * and outside the raw text of <script>, <style>, <textarea> and <title>, is one element (the parser
 * would make one node of each; end tags and the doctype make none). Lighthouse's DOM-size audit counts
 * the same nodes, so this is the figure it flags above 1,400.
 */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

export function countElements(html: string): number {
  let count = 0;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const tag = /^<([a-zA-Z][a-zA-Z0-9-]*)/u.exec(html.slice(lt, lt + 64));
    if (!tag?.[1]) {
      i = lt + 1;
      continue;
    }
    count += 1;
    const name = tag[1].toLowerCase();
    const close = endOfTag(html, lt);
    if (RAW_TEXT.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, close);
      i = end < 0 ? html.length : end;
    } else i = close;
  }
  return count;
}

/** The index just past the `>` that ends the tag opened at `lt`, skipping quoted attribute values. */
function endOfTag(html: string, lt: number): number {
  let quote = '';
  for (let j = lt + 1; j < html.length; j += 1) {
    const ch = html[j];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return j + 1;
  }
  return html.length;
}
