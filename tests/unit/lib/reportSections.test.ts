import { describe, expect, it } from 'vitest';
import { locateSections } from '../../../src/lib/reportSections';
import { compactText } from '../../../src/lib/text/verbatim';

const report = compactText(
  [
    'Contents',
    'I.   Alpha Accord 2',
    'II.  Beta Pledge 3',
    '',
    'I. Alpha',
    'Accord',
    'body one',
    'II. Beta Pledge',
    'body two',
  ].join('\n'),
);

describe('locateSections', () => {
  it('takes the heading after the table of contents and runs each section to the next heading', () => {
    const { sections, missing } = locateSections(report, [
      { slug: 'beta', numeral: 'II', title: 'Beta Pledge' },
      { slug: 'alpha', numeral: 'I', title: 'Alpha Accord' },
    ]);
    expect(missing).toEqual([]);
    const text = (slug: string) => {
      const s = sections.find((x) => x.slug === slug);
      return s && report.original.slice(s.start, s.end);
    };
    expect(text('alpha')).toBe('I. Alpha\nAccord\nbody one\n');
    expect(text('beta')).toBe('II. Beta Pledge\nbody two');
  });

  it('lists headings it cannot find', () => {
    const { missing } = locateSections(report, [{ slug: 'gamma', numeral: 'III', title: 'Gamma' }]);
    expect(missing.map((m) => m.slug)).toEqual(['gamma']);
  });
});
