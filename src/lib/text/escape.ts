/**
 * The one place text from the data is made safe for markup the site writes itself (Astro escapes
 * what its templates interpolate; these are for strings built by hand: chart SVG, embed snippets,
 * JSON inside a `<script>` element).
 */

const MARKUP_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/**
 * Text as HTML or XML character data or as a double-quoted attribute value: `&`, `<`, `>` and `"`
 * become entities, so no value can open a tag or close the attribute. (Every attribute the site
 * writes is double-quoted, so a single quote needs no escape.)
 */
export function escapeMarkup(value: string | number): string {
  return String(value).replace(/[&<>"]/gu, (ch) => MARKUP_ENTITIES[ch] ?? ch);
}

const JSON_IN_HTML: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for the inside of a `<script>` element (JSON-LD, a JSON data block) or for a JavaScript
 * string in an inline script. `<` is written `\u003c`, so `</script>` or `<!--` in a value cannot end
 * or change the element; `>` and `&` likewise, so nothing in it reads as markup to a careless
 * parser; U+2028 and U+2029, so the text stays valid JavaScript too. JSON parsers read the escapes
 * back as the same characters: the data is unchanged.
 */
export function jsonForHtml(value: unknown, indent?: number): string {
  const json = JSON.stringify(value, null, indent);
  if (typeof json !== 'string') throw new TypeError('jsonForHtml: the value has no JSON form');
  return json.replace(/[<>&\u2028\u2029]/gu, (ch) => JSON_IN_HTML[ch] ?? ch);
}
