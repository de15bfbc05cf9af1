import { readFileSync } from 'node:fs';
import opentype, { type Font, type Glyph } from 'opentype.js';
import { fontPath, type FontWeight } from './files';
import { EMBEDDED_FAMILY } from './palette';
import { toWoff } from './woff';

/**
 * A downloaded SVG carries its own font: without it, a reader's machine draws the chart in a
 * fallback font whose wider letters run long labels into the bars. Each file gets, per weight, a
 * subset of Source Sans 3 holding only the glyphs its text uses, as a WOFF in an @font-face data: URL, so the
 * text stays text (selectable, searchable, read by screen readers) and the file needs no request.
 * The subset keeps the original's copyright and licence in its name table, under its own family
 * name (EMBEDDED_FAMILY). Kerning is not carried: the widths drift by a fraction of a letter.
 */

const parsed = new Map<FontWeight, Font>();

function chartFont(weight: FontWeight): Font {
  let font = parsed.get(weight);
  if (!font) {
    const bytes = readFileSync(fontPath(weight));
    font = opentype.parse(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
    parsed.set(weight, font);
  }
  return font;
}

/** An OpenType (CFF) font with the glyphs of `characters` in the chart font at `weight`. */
export function subsetFont(weight: FontWeight, characters: Iterable<string>): Uint8Array {
  const font = chartFont(weight);
  // Glyph 0 (.notdef) must come first; characters the font lacks are left to the fallback fonts.
  const glyphs: Glyph[] = [font.glyphs.get(0)];
  for (const char of new Set(characters)) {
    const glyph = font.hasChar(char) ? font.charToGlyph(char) : null;
    if (glyph && !glyphs.includes(glyph)) glyphs.push(glyph);
  }
  const names = font.names.windows ?? font.names.unicode ?? {};
  const name = (key: string) => names[key]?.en;
  return new Uint8Array(
    new opentype.Font({
      familyName: EMBEDDED_FAMILY,
      styleName: weight === 600 ? 'SemiBold' : 'Regular',
      weightClass: weight,
      unitsPerEm: font.unitsPerEm,
      ascender: font.ascender,
      descender: font.descender,
      glyphs,
      copyright: name('copyright'),
      license: name('license'),
      licenseURL: name('licenseURL'),
    }).toArrayBuffer(),
  );
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
};

/**
 * The characters drawn in each weight of a standalone SVG written by src/charts/svg.ts: every
 * <text> element holds plain escaped text and states its own weight (none means 400).
 */
export function charactersByWeight(svg: string): Record<FontWeight, Set<string>> {
  const out: Record<FontWeight, Set<string>> = { 400: new Set(), 600: new Set() };
  for (const [, attributes = '', content = ''] of svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/gu)) {
    const weight: FontWeight = attributes.includes('font-weight="600"') ? 600 : 400;
    for (const char of content.replace(/&(?:amp|lt|gt|quot);/gu, (e) => ENTITIES[e] ?? e))
      out[weight].add(char);
  }
  return out;
}

/** The <style> element that embeds the subsets a standalone SVG needs. */
export function embeddedFontStyle(svg: string): string {
  const faces = Object.entries(charactersByWeight(svg))
    .filter(([, characters]) => characters.size > 0)
    .map(([weight, characters]) => {
      const data = Buffer.from(
        toWoff(subsetFont(Number(weight) as FontWeight, characters)),
      ).toString('base64');
      return `@font-face{font-family:'${EMBEDDED_FAMILY}';font-weight:${weight};src:url(data:font/woff;base64,${data}) format('woff')}`;
    });
  return `<style>${faces.join('')}</style>`;
}
