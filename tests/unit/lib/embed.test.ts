import { describe, expect, it } from 'vitest';
import {
  EMBED_HEIGHT_MESSAGE,
  iframeSnippet,
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
