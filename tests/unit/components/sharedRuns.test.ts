import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  SharedRunsText,
  mergeSpans,
  type TextSpan,
} from '../../../src/components/evidence/SharedRunsText';

const TEXT = 'States should seek to prevent the proliferation of malicious ICT tools';
const HOSTILE = '<img src=x onerror=alert(1)> & more';

const marked = (text: string, spans: readonly TextSpan[]) =>
  renderToStaticMarkup(createElement(SharedRunsText, { text, spans }));

describe('mergeSpans', () => {
  it('orders the spans and joins overlapping and touching ones', () => {
    expect(
      mergeSpans([
        { start: 20, end: 25 },
        { start: 0, end: 4 },
        { start: 3, end: 8 },
        { start: 25, end: 30 },
        { start: 40, end: 41 },
      ]),
    ).toEqual([
      { start: 0, end: 8 },
      { start: 20, end: 30 },
      { start: 40, end: 41 },
    ]);
  });

  it('keeps a span inside another within it, and leaves its input alone', () => {
    const spans = [
      { start: 2, end: 10 },
      { start: 4, end: 6 },
    ];
    expect(mergeSpans(spans)).toEqual([{ start: 2, end: 10 }]);
    expect(spans).toEqual([
      { start: 2, end: 10 },
      { start: 4, end: 6 },
    ]);
  });

  it('merges nothing to nothing', () => {
    expect(mergeSpans([])).toEqual([]);
  });
});

describe('SharedRunsText', () => {
  it('marks a run in the middle, the text around it as it was', () => {
    expect(marked(TEXT, [{ start: 19, end: 60 }])).toBe(
      'States should seek <mark class="shared-run">to prevent the proliferation of malicious</mark> ICT tools',
    );
  });

  it('marks runs at the start and at the end', () => {
    expect(
      marked(TEXT, [
        { start: 61, end: 70 },
        { start: 0, end: 6 },
      ]),
    ).toBe(
      '<mark class="shared-run">States</mark> should seek to prevent the proliferation of malicious <mark class="shared-run">ICT tools</mark>',
    );
  });

  it('marks overlapping and touching runs as one', () => {
    expect(
      marked(TEXT, [
        { start: 19, end: 33 },
        { start: 30, end: 47 },
        { start: 47, end: 60 },
      ]),
    ).toBe(
      'States should seek <mark class="shared-run">to prevent the proliferation of malicious</mark> ICT tools',
    );
  });

  it('marks the whole text as one run', () => {
    expect(marked('ICT tools', [{ start: 0, end: 9 }])).toBe(
      '<mark class="shared-run">ICT tools</mark>',
    );
  });

  it('leaves a text with no runs unmarked', () => {
    expect(marked(TEXT, [])).toBe(TEXT);
  });

  it('keeps markup in the text as text, marked or not', () => {
    expect(marked(HOSTILE, [{ start: 0, end: 28 }])).toBe(
      '<mark class="shared-run">&lt;img src=x onerror=alert(1)&gt;</mark> &amp; more',
    );
  });
});
