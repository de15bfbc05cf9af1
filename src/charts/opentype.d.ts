/**
 * The part of opentype.js 2 (which ships no types) that src/charts/fontSubset.ts uses: parse a
 * font, look glyphs up by character, and write a new font made of some of them.
 */
declare module 'opentype.js' {
  export interface Glyph {
    unicode?: number;
    unicodes: number[];
  }
  export type FontNames = Record<string, { en?: string } | undefined>;
  export interface FontOptions {
    familyName: string;
    styleName: string;
    unitsPerEm: number;
    ascender: number;
    descender: number;
    glyphs: Glyph[];
    copyright?: string | undefined;
    license?: string | undefined;
    licenseURL?: string | undefined;
    weightClass?: number;
  }
  export class Font {
    constructor(options: FontOptions);
    unitsPerEm: number;
    ascender: number;
    descender: number;
    names: { windows?: FontNames; unicode?: FontNames; macintosh?: FontNames };
    glyphs: { get(index: number): Glyph; length: number };
    charToGlyph(char: string): Glyph | null;
    hasChar(char: string): boolean;
    toArrayBuffer(): ArrayBuffer;
  }
  const opentype: { parse(buffer: ArrayBuffer): Font; Font: typeof Font };
  export default opentype;
}
