import { describe, expect, it } from 'vitest';
import {
  EMBED_HEIGHT_MESSAGE,
  iframeSnippet,
  isEmbedHeightMessage,
  resizeListenerSnippet,
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
    expect(snippet).toContain('title="&lt;b>&amp;"');
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
