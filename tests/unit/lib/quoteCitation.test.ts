import { describe, expect, it } from 'vitest';
import { quoteCitation, quotePlaceLabel } from '../../../src/lib/quoteCitation';
import { evidenceItemId, evidenceItemPath } from '../../../src/lib/urls';

describe('quoteCitation', () => {
  it('gives the quote in quotation marks, the agreement, norm and locator, then the permalink', () => {
    expect(
      quoteCitation({
        quote: 'Prevent  malicious\nICT activity',
        agreement: 'Paris Call',
        place: 'Norm 6: Critical infrastructure',
        locator: 'Principle 1',
        url: 'https://example.org/agreements/paris-call/#norm-6-1',
      }),
    ).toBe(
      '“Prevent malicious ICT activity”\n' +
        '— Paris Call, Norm 6: Critical infrastructure, Principle 1.\n' +
        'Cyber Norms Explorer: https://example.org/agreements/paris-call/#norm-6-1',
    );
  });

  it('leaves out a missing locator and says who coded a document that is not the report’s', () => {
    expect(
      quoteCitation({
        quote: 'States should cooperate',
        agreement: 'Doc',
        place: 'Norm 1: Cooperation',
        note: 'Coded by the editors.',
        url: 'https://example.org/documents/doc/#norm-1-2',
      }),
    ).toBe(
      '“States should cooperate”\n' +
        '— Doc, Norm 1: Cooperation.\n' +
        'Coded by the editors.\n' +
        'Cyber Norms Explorer: https://example.org/documents/doc/#norm-1-2',
    );
  });
});

describe('quotePlaceLabel', () => {
  it.each([
    [
      { part: 'norm', normId: 6, index: 0 },
      'Critical infrastructure',
      'Norm 6: Critical infrastructure',
    ],
    [{ part: 'norm', normId: 6, index: 0 }, undefined, 'Norm 6'],
    [{ part: 'commentary', index: 2 }, undefined, 'The report’s framing'],
    [{ part: 'additional', index: 0 }, undefined, 'Additional norms'],
  ] as const)('names %o (title %s) as %s', (place, title, expected) => {
    expect(quotePlaceLabel(place, title)).toBe(expected);
  });
});

describe('evidenceItemId', () => {
  it.each([
    [{ part: 'norm', normId: 6, index: 0 }, 'norm-6-1'],
    [{ part: 'norm', normId: 11, index: 2 }, 'norm-11-3'],
    [{ part: 'commentary', index: 0 }, 'commentary-1'],
    [{ part: 'additional', index: 1 }, 'additional-norm-2'],
  ] as const)('anchors %o at #%s', (place, expected) => {
    expect(evidenceItemId(place)).toBe(expected);
  });

  it('makes a permalink on the page that lists the passage', () => {
    expect(evidenceItemPath('/agreements/paris-call/', { part: 'norm', normId: 6, index: 0 })).toBe(
      '/agreements/paris-call/#norm-6-1',
    );
  });
});
