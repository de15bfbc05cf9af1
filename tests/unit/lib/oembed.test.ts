import { describe, expect, it } from 'vitest';
import { oembedRich } from '../../../src/lib/oembed';

describe('oembedRich', () => {
  it('gives an oEmbed 1.0 rich response with whole-pixel sizes and a thumbnail', () => {
    expect(
      oembedRich({
        html: '<iframe></iframe>',
        width: 744.4,
        height: 1000.2,
        title: 'A chart',
        providerUrl: 'https://x.org/',
        thumbnail: { url: 'https://x.org/og/charts/a.png', width: 1200, height: 630 },
      }),
    ).toEqual({
      version: '1.0',
      type: 'rich',
      html: '<iframe></iframe>',
      width: 744,
      height: 1001,
      title: 'A chart',
      provider_name: 'Cyber Norms Explorer',
      provider_url: 'https://x.org/',
      thumbnail_url: 'https://x.org/og/charts/a.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
  });
});
