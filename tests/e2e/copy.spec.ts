import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * The site's own copy, on every built page, reads without stray spaces, doubled words, dangling
 * separators or a label glued to "not given". Verbatim text is left out, because the report and the
 * agreements may space it as they please and the site must not retouch it: quotes (<blockquote>, <q>),
 * the report's comments in evidence cards (.evidence .text) and the source reader's text
 * (.source-text .body). Text is read as a reader gets it: the body's innerText, which drops what is
 * hidden and keeps what screen readers read from visually hidden words. Redirect pages (a meta
 * refresh to a record's new address) are left to redirects.spec.ts: they leave before they can be read.
 */
const OUT_DIR = process.env.OUT_DIR ?? 'dist';
const VERBATIM = 'blockquote, q, .evidence .text, .source-text .body';

const pages = readdirSync(OUT_DIR, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .filter((file) => !readFileSync(join(OUT_DIR, file), 'utf8').includes('http-equiv="refresh"'))
  .map((file) => `/${file.replace(/\\/gu, '/').replace(/(^|\/)index\.html$/u, '$1')}`)
  .sort();

/** Each rule: what a reader would see wrong, and a pattern over one line of text. */
const RULES: [problem: string, pattern: RegExp][] = [
  ['a space before punctuation', / [,.;:)%](?!\S*\w\.\w)/u],
  ['a space after an opening bracket', /\( /u],
  // Not after a dot: "schema.json JSON Schema" names a file and then its format.
  ['a doubled word', /(?<![.\p{L}])(\p{L}+) \1(?!\p{L})/iu],
  ['a dangling separator', /(^|\s)·\s*$|^\s*·/u],
  ['"not given" glued to a label (it stands alone, as a value)', /\p{L} not given\b/u],
];

/** Words in quotation marks inside the site's own sentences are the report's: left as printed. */
const QUOTED = /"[^"]*"|“[^”]*”/gu;

/** The problems found in a page's text, one line each with the text around them. */
function copyProblems(text: string): string[] {
  return text.split('\n').flatMap((fullLine) => {
    const line = fullLine.replace(QUOTED, '“…”');
    return RULES.flatMap(([problem, pattern]) => {
      const match = pattern.exec(line);
      if (!match) return [];
      const at = match.index;
      return [`${problem}: “${line.slice(Math.max(0, at - 30), at + 30).trim()}”`];
    });
  });
}

test('finds every built page', () => {
  expect(pages.length).toBeGreaterThan(50);
});

for (const path of pages) {
  test(`copy reads cleanly on ${path}`, async ({ page }) => {
    await page.goto(path);
    // Hidden through the DOM, not a <style> element, which the pages' CSP would refuse.
    const text = await page.evaluate((verbatim) => {
      for (const el of document.querySelectorAll<HTMLElement>(verbatim)) el.style.display = 'none';
      return document.body.innerText;
    }, VERBATIM);
    expect(copyProblems(text)).toEqual([]);
  });
}
