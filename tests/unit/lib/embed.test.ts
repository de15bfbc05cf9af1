import { describe, expect, it } from 'vitest';
import {
  EMBED_HEIGHT_MESSAGE,
  embedFooterText,
  embedSnippet,
  highlightCaption,
  highlightOptions,
  iframeSnippet,
  imageEmbedSnippet,
  isEmbedHeightMessage,
  resizeListenerSnippet,
  resolveHighlight,
} from '../../../src/lib/embed';

describe('iframeSnippet', () => {
  it('gives a titled, borderless, full-width frame at a fixed height', () => {
    expect(iframeSnippet({ src: 'https://x.org/embed/a/', title: 'A chart', height: 612.4 })).toBe(
      '<iframe src="https://x.org/embed/a/" title="A chart" width="100%" height="612" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
  });

  it('escapes quotes and markup in the attributes', () => {
    const snippet = iframeSnippet({ src: 'https://x.org/?a="b"', title: '<b>&', height: 1 });
    expect(snippet).toContain('src="https://x.org/?a=&quot;b&quot;"');
    expect(snippet).toContain('title="&lt;b&gt;&amp;"');
  });
});

describe('resizeListenerSnippet', () => {
  it('accepts height messages from the given origin only', () => {
    const script = resizeListenerSnippet('https://x.org');
    expect(script).toContain('e.origin!=="https://x.org"');
    expect(script).toContain(EMBED_HEIGHT_MESSAGE);
  });
});

describe('isEmbedHeightMessage', () => {
  it.each([
    [{ type: EMBED_HEIGHT_MESSAGE, id: 'timeline', height: 500 }, true],
    [{ type: EMBED_HEIGHT_MESSAGE, id: 'timeline', height: Number.NaN }, false],
    [{ type: 'other', id: 'timeline', height: 500 }, false],
    ['a string', false],
    [null, false],
  ])('%j → %s', (data, expected) => {
    expect(isEmbedHeightMessage(data)).toBe(expected);
  });
});

describe('resolveHighlight', () => {
  const normChart = new Set(['norm:1', 'norm:2', 'norm:6']);
  const agreementChart = new Set(['agreement:paris-call', 'agreement:manrs']);
  const reflects = { 'paris-call': [2, 6, 9], manrs: [] };
  it.each([
    ['a norm number names that norm', '6', normChart, ['norm:6']],
    ['a norm number with a leading zero names that norm', '06', normChart, ['norm:6']],
    ['a norm the chart does not draw names nothing', '12', normChart, []],
    ['an agreement slug names that agreement', 'manrs', agreementChart, ['agreement:manrs']],
    [
      'an agreement slug on a chart of norms names the norms it reflects that the chart draws',
      'paris-call',
      normChart,
      ['norm:2', 'norm:6'],
    ],
    ['an unknown slug names nothing', 'nowhere', normChart, []],
    ['an inherited property name is not a slug', 'constructor', normChart, []],
    ['markup names nothing', '"]<script>', agreementChart, []],
    ['upper case is not a slug', 'MANRS', agreementChart, []],
    ['an empty value names nothing', '', normChart, []],
    ['no value names nothing', null, normChart, []],
  ])('%s', (_, value, known, expected) => {
    expect(resolveHighlight(value, known, reflects)).toEqual(expected);
  });
});

describe('embedSnippet', () => {
  it('is the frame, then the listener for the frame’s own origin', () => {
    const snippet = embedSnippet({ src: 'https://x.org/sub/embed/a/', title: 'A', height: 10 });
    expect(snippet.split('\n')).toEqual([
      '<iframe src="https://x.org/sub/embed/a/" title="A" width="100%" height="10" style="border:0;max-width:100%" loading="lazy"></iframe>',
      resizeListenerSnippet('https://x.org'),
    ]);
  });
});

describe('imageEmbedSnippet', () => {
  it('links the image to the chart page and gives the credit as escaped text', () => {
    expect(
      imageEmbedSnippet({
        href: 'https://x.org/charts/a/',
        src: 'https://x.org/charts/a.svg',
        alt: 'A "chart"',
        width: 760.2,
        height: 500,
        credit: 'Source: <b>R</b>.',
      }),
    ).toBe(
      '<figure style="margin:0;max-width:760px"><a href="https://x.org/charts/a/"><img src="https://x.org/charts/a.svg" alt="A &quot;chart&quot;" width="760" height="500" style="max-width:100%;height:auto"></a><figcaption style="font-size:0.85em">Source: &lt;b&gt;R&lt;/b&gt;.</figcaption></figure>',
    );
  });
});

describe('embedFooterText', () => {
  it('names the licence and the downloads', () => {
    expect(embedFooterText({ short: 'CC BY 4.0' })).toBe(
      'Licence: CC BY 4.0. Get the data: CSV, all downloads.',
    );
    expect(embedFooterText({ short: 'CC BY 4.0' }, false)).toBe(
      'Licence: CC BY 4.0. Get the data: all downloads.',
    );
  });
});

describe('highlight captions', () => {
  const names = {
    norms: new Map([
      [2, 'Supply chain security'],
      [6, 'Cooperation for stability'],
    ]),
    agreements: new Map([
      ['paris-call', 'Paris Call'],
      ['manrs', 'MANRS'],
    ]),
  };
  it.each([
    [['norm:6'], '6', 'Highlighted: norm 6, Cooperation for stability.'],
    [['agreement:manrs'], 'manrs', 'Highlighted: MANRS.'],
    [['norm:2', 'norm:6'], 'paris-call', 'Highlighted: the 2 norms Paris Call reflects.'],
    [['norm:6'], 'paris-call', 'Highlighted: the 1 norm Paris Call reflects.'],
  ])('%j for %s', (keys, value, expected) => {
    expect(highlightCaption(keys, value, names)).toBe(expected);
  });

  it('lists every value that picks out marks on a chart, and only those', () => {
    const known = new Set(['norm:2', 'norm:6']);
    expect(highlightOptions(known, { 'paris-call': [2, 6], manrs: [] }, names)).toEqual({
      '2': { keys: ['norm:2'], caption: 'Highlighted: norm 2, Supply chain security.' },
      '6': { keys: ['norm:6'], caption: 'Highlighted: norm 6, Cooperation for stability.' },
      'paris-call': {
        keys: ['norm:2', 'norm:6'],
        caption: 'Highlighted: the 2 norms Paris Call reflects.',
      },
    });
  });
});
