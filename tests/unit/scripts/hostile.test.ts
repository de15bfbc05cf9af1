import { describe, expect, it } from 'vitest';
import {
  SHORT_PAYLOAD,
  hostileSource,
  hostileValue,
  textFields,
  type TextField,
} from '../../../scripts/lib/hostile';

const field = (original: string, quoted: boolean, level = 1): TextField => ({
  file: 'data/x.yaml',
  path: ['f'],
  original,
  quoted,
  level,
});

describe('textFields', () => {
  it('takes free text, marks what the verifier quotes, and leaves identifiers alone', () => {
    const record = {
      slug: 'paris-call',
      shortName: 'Paris Call',
      category: { value: 'un', note: 'Why.' },
      commentary: [{ text: 'Quoted words', kind: 'quote' }],
      order: 3,
    };
    expect(textFields('data/a.yaml', record).map((f) => [f.path.join('.'), f.quoted])).toEqual([
      ['shortName', false],
      ['category.note', false],
      ['commentary.0.text', true],
    ]);
  });
});

describe('hostileValue', () => {
  it.each([
    [field('Quoted words.', true), `Quoted words. ${SHORT_PAYLOAD}`],
    [field('Our own sentence.', false), `Our own sentence ${SHORT_PAYLOAD}.`],
    [field('A rather long short name', false, 2), `A rather long sh ${SHORT_PAYLOAD}`],
    [field('Plain', false, 3), 'Plain'],
  ])('gives %j the value %j', (input, expected) => {
    expect(hostileValue(input)).toBe(expected);
  });
});

describe('hostileSource', () => {
  it('puts a quote’s payload after each place it occurs, line breaks ignored', () => {
    expect(
      hostileSource('One quoted\nwords here; quoted words.', [field('quoted words', true)]),
    ).toBe(`One quoted\nwords ${SHORT_PAYLOAD} here; quoted words ${SHORT_PAYLOAD}.`);
  });

  it('puts none inside another quote, which would then no longer be verbatim', () => {
    const fields = [field('alpha beta', true), field('beta gamma', true)];
    expect(hostileSource('alpha beta gamma', fields)).toBe(`alpha beta gamma ${SHORT_PAYLOAD}`);
  });

  it('leaves the source alone for text that is not quoted', () => {
    expect(hostileSource('Our words', [field('Our words', false)])).toBe('Our words');
  });
});
