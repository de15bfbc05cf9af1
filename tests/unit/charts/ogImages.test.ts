import { describe, expect, it } from 'vitest';
import { agreementOgImageSvg, normOgImageSvg } from '../../../src/charts/ogCards';
import { chartOgImageSvg, OG_SIZE } from '../../../src/charts/ogImage';
import { normFrequencyChart } from '../../../src/charts/normFrequency';
import { svgToPng } from '../../../src/charts/files';
import { FIXTURE } from '../fixtures/dataset';

const paris = FIXTURE.agreements.find((a) => a.slug === 'paris-call');
const norm6 = FIXTURE.norms.find((n) => n.id === 6);

/** The texts an SVG draws, in order. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/gu)].map((m) => m[1] ?? '');
}

describe('link-preview cards', () => {
  it('an agreement card has its name, its count and its 11 cells', () => {
    if (!paris) throw new Error('no Paris Call in the fixture');
    const svg = agreementOgImageSvg(paris, FIXTURE, 'x.org');
    // The title wraps at 44 characters.
    expect(texts(svg).slice(0, 4)).toEqual([
      'Cyber Norms Explorer',
      'Paris Call for Trust and Security in',
      'Cyberspace',
      'Reflects 3 of 11 UN GGE norms, in the report’s coding',
    ]);
    expect(svg.match(/<rect [^>]*rx="6"/gu)).toHaveLength(11);
    expect(texts(svg).at(-1)).toBe('Source: Fixture report · dataset version 9.8.7 · x.org');
  });

  it('a norm card says how many agreements reflect it', () => {
    if (!norm6) throw new Error('no norm 6');
    expect(texts(normOgImageSvg(norm6, FIXTURE, 'x.org'))).toContain(
      'Reflected by 3 of 4 agreements',
    );
  });

  it('a chart card is the chart with its title, 1200 × 630', () => {
    const svg = chartOgImageSvg(normFrequencyChart, FIXTURE, 'x.org');
    expect(svg).toContain(`width="${OG_SIZE.width}" height="${OG_SIZE.height}"`);
    expect(texts(svg)[1]).toBe(normFrequencyChart.title);
    const png = svgToPng(svg, 1);
    // PNG width and height, big-endian at bytes 16–23.
    const view = new DataView(png.buffer);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
  });

  it('a hostile name stays text', () => {
    if (!paris) throw new Error('no Paris Call in the fixture');
    const hostile = { ...paris, title: '<script>alert(1)</script> & "x"' };
    const svg = agreementOgImageSvg(hostile, FIXTURE, 'x.org');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
  });
});
