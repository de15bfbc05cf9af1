import { describe, expect, it } from 'vitest';
import { embedFrameHeight, linesAt, stripHeight } from '../../../src/lib/embedSize';

describe('linesAt', () => {
  // 16 px body text at 0.55 em a character: 8.8 px, so 100 px hold 11 characters a line.
  it.each([
    ['a short text takes one line', 'one two', 1],
    ['words move whole to the next line', 'aaaaa bbbbb ccccc', 2],
    ['a word longer than a line takes the lines it needs', 'a'.repeat(23), 3],
    ['no text takes no line', '', 0],
  ])('%s', (_, text, expected) => {
    expect(linesAt({ text, kind: 'body' }, 100)).toBe(expected);
  });
});

describe('embedFrameHeight', () => {
  it('adds the padding, each block at the narrowest frame with its gap, and the chart', () => {
    // 296 px of content: a title of one line (18 × 1.25 = 22.5), a body line (16 × 1.5 = 24),
    // three gaps of 8, the chart's 400 and 2 × 12 of padding: 494.5, rounded up.
    const blocks = [
      { text: 'A title', kind: 'title' as const },
      { text: 'One line.', kind: 'body' as const },
    ];
    expect(embedFrameHeight(blocks, 400)).toBe(495);
  });

  it('grows with text that wraps at the narrowest frame', () => {
    const long = { text: 'word '.repeat(40), kind: 'body' as const };
    // 33 characters a line: 40 five-letter words take 7 lines of 24 px.
    expect(embedFrameHeight([long], 0)).toBe(24 + 7 * 24 + 8 + 8);
  });
});

describe('stripHeight', () => {
  it('wraps 11 cells of 34 px into two rows at the narrowest frame', () => {
    // (296 + 3) / 37 → 8 cells a row: two rows of 38 px and one gap of 3.
    expect(stripHeight(11)).toBe(79);
  });
  it('keeps 8 cells on one row', () => {
    expect(stripHeight(8)).toBe(38);
  });
});
