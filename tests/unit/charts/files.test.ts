import { describe, expect, it } from 'vitest';
import { svgToPng } from '../../../src/charts/files';

const svg = (text: string, weight = 400) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><rect width="120" height="30" fill="#fff"/><text x="4" y="22" font-size="18" font-weight="${weight}" font-family="Source Sans 3">${text}</text></svg>`;
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe('svgToPng', () => {
  it('draws text in the committed chart font, which no system font stands in for', () => {
    // resvg loads no system fonts: without the committed files, text would not be drawn at all.
    expect(same(svgToPng(svg('Norms'), 1), svgToPng(svg(''), 1))).toBe(false);
  });

  it('has the semibold weight as well as the regular one', () => {
    expect(same(svgToPng(svg('Norms', 600), 1), svgToPng(svg('Norms', 400), 1))).toBe(false);
  });

  it('renders at the scale asked for', () => {
    const png = svgToPng(svg('Norms'), 2);
    const view = new DataView(png.buffer);
    // The PNG header's IHDR chunk holds the width and height at bytes 16 and 20.
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([240, 60]);
  });
});
