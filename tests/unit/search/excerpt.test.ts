import { describe, expect, it } from 'vitest';
import { excerptSegments, highlightRanges } from '../../../src/lib/search/excerpt';

const marked = (segments: { text: string; match: boolean }[]) =>
  segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');

describe('excerptSegments', () => {
  it('marks the matched ranges (inclusive ends, as fuse.js gives them)', () => {
    expect(marked(excerptSegments('protect critical infrastructure', [[8, 15]]))).toBe(
      'protect [critical] infrastructure',
    );
  });

  it('sorts, clamps and merges overlapping ranges', () => {
    expect(
      marked(
        excerptSegments('abcdefghij', [
          [6, 20],
          [0, 2],
          [2, 3],
        ]),
      ),
    ).toBe('[abcd]ef[ghij]');
  });

  it('leaves single-letter fuzzy matches unmarked', () => {
    expect(marked(excerptSegments('a cat', [[0, 0]]))).toBe('a cat');
  });

  it('cuts a long text to a window around the first match, at word boundaries', () => {
    const text = `${'lorem '.repeat(40)}critical infrastructure ${'ipsum '.repeat(40)}`.trim();
    const start = text.indexOf('critical');
    const result = marked(excerptSegments(text, [[start, start + 7]], { radius: 20 }));
    expect(result).toMatch(/^….*\[critical\] infrastructure.*…$/u);
    expect(result.length).toBeLessThan(70);
    // Whole words at both ends: the window never starts or stops inside 'lorem' or 'ipsum'.
    expect(result).toMatch(/^…(lorem )+\[critical\] infrastructure( ipsum)+…$/u);
  });

  it('keeps markup in the text as text', () => {
    expect(excerptSegments('<img src=x>', [[1, 3]])).toEqual([
      { text: '<', match: false },
      { text: 'img', match: true },
      { text: ' src=x>', match: false },
    ]);
  });
});

describe('highlightRanges', () => {
  const text = 'Protection of Critical Infrastructure: critical information infrastructure';

  it('marks the whole query and every occurrence of each of its words, whatever its case', () => {
    const ranges = highlightRanges(text, 'critical infrastructure', []);
    expect(ranges.map(([s, e]) => text.slice(s, e + 1))).toEqual([
      'Critical Infrastructure',
      'critical',
      'infrastructure',
    ]);
  });

  it('falls back to the query’s words when the phrase does not occur', () => {
    const ranges = highlightRanges(text, 'infrastructure of critical', []);
    expect(ranges.map(([s, e]) => text.slice(s, e + 1))).toEqual([
      'Critical',
      'Infrastructure',
      'critical',
      'infrastructure',
    ]);
  });

  it('uses fuzzy ranges of three characters or more only when no word occurs', () => {
    expect(
      highlightRanges(text, 'critcal', [
        [14, 21],
        [30, 31],
      ]),
    ).toEqual([[14, 21]]);
  });

  it('treats regular-expression characters in the query as text', () => {
    expect(highlightRanges('a (b) c', '(b)', [])).toEqual([[2, 4]]);
  });
});
