import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../../src/lib/wording/words';

const forms = (text: string): string[] => wordsOf(text).map((word) => word.form);

describe('wordsOf', () => {
  it.each([
    ['folds case and drops accents', 'État SHOULD', ['etat', 'should']],
    ['makes curly and straight apostrophes one', "State’s State's", ["state's", "state's"]],
    [
      'drops punctuation and quotation marks',
      '“Human Rights”, (ICTs);',
      ['human', 'rights', 'icts'],
    ],
    [
      'splits at en and em dashes',
      '2010–2013 peace—security',
      ['2010', '2013', 'peace', 'security'],
    ],
    [
      'splits at slashes',
      'resolutions 20/8 and 26/13',
      ['resolutions', '20', '8', 'and', '26', '13'],
    ],
    [
      'joins the parts of a hyphenated word',
      'ICT-dependent infrastructure',
      ['ictdependent', 'infrastructure'],
    ],
    [
      'joins a word broken across a line',
      'critical infra- structure',
      ['critical', 'infrastructure'],
    ],
    ['joins a word broken at a line end', 'infra-\nstructure', ['infrastructure']],
    ['joins a broken hyphenated word as if unbroken', 'non- interference', ['noninterference']],
    ['does not join a list letter to the next word', 'a- any person', ['a', 'any', 'person']],
    ['does not join a suspended compound', 'short- and long-term', ['short', 'and', 'longterm']],
    ['does not join before a capital', 'Lifecycle- Strengthen', ['lifecycle', 'strengthen']],
    ['drops a soft hyphen', 'infra\u00ADstructure', ['infrastructure']],
  ])('%s', (_, text, expected) => {
    expect(forms(text)).toEqual(expected);
  });

  it('keeps each word’s span in the original text, a broken word spanning its break', () => {
    expect(wordsOf('“Protect critical infra- structure.”')).toEqual([
      { form: 'protect', start: 1, end: 8 },
      { form: 'critical', start: 9, end: 17 },
      { form: 'infrastructure', start: 18, end: 34 },
    ]);
  });
});
