import { describe, expect, it } from 'vitest';
import { compactText, findLastVerbatim, findVerbatim } from '../../../src/lib/text/verbatim';

describe('findVerbatim', () => {
  const source = compactText(
    'Line one of the text,\nbroken by the PDF.  Then well-\nbeing follows.',
  );

  it('finds a quote that joins a broken line with a space', () => {
    const span = findVerbatim(source, 'of the text, broken by the PDF.');
    expect(span && source.original.slice(span.start, span.end)).toBe(
      'of the text,\nbroken by the PDF.',
    );
  });

  it('finds a hyphenated word split across lines, written without the break', () => {
    expect(findVerbatim(source, 'well-being follows')).not.toBeNull();
  });

  it('does not accept a changed word or punctuation', () => {
    expect(findVerbatim(source, 'broken by a PDF.')).toBeNull();
    expect(findVerbatim(source, 'broken by the PDF!')).toBeNull();
  });

  it('is case-sensitive and quote-mark-sensitive', () => {
    const quoted = compactText('the “public core” of the Internet');
    expect(findVerbatim(quoted, 'the "public core"')).toBeNull();
    expect(findVerbatim(quoted, 'The “public core”')).toBeNull();
    expect(findVerbatim(quoted, 'the “public core”')).not.toBeNull();
  });

  it('only matches within a span when one is given', () => {
    const text = compactText('alpha beta gamma alpha');
    expect(findVerbatim(text, 'alpha', { start: 1, end: 16 })).toBeNull();
    expect(findVerbatim(text, 'alpha', { start: 1, end: 22 })).toEqual({ start: 17, end: 22 });
    expect(findVerbatim(text, 'beta gamma', { start: 0, end: 12 })).toBeNull();
  });

  it('finds nothing for an empty or whitespace-only needle', () => {
    expect(findVerbatim(source, '  \n')).toBeNull();
  });

  it('finds the last occurrence', () => {
    const text = compactText('I. Alpha\nlater\nI.  Alpha');
    expect(findLastVerbatim(text, 'I. Alpha')).toEqual({ start: 15, end: 24 });
  });
});
