import { describe, expect, it } from 'vitest';
import { reflectedTally } from '../../../src/lib/cellIssues';
import { FIXTURE } from '../fixtures/dataset';
import { cell } from '../fixtures/records';

const bySlug = (slug: string) => FIXTURE.agreements.find((a) => a.slug === slug);

describe('reflectedTally', () => {
  it('counts marked cells and cells counted from evidence apart (Paris Call: 5, 6 marked; 9 from evidence)', () => {
    expect(reflectedTally(bySlug('paris-call') ?? { norms: [] })).toEqual({
      reflected: 3,
      marked: 2,
      fromEvidence: 1,
      marksNone: false,
    });
  });

  it('says the report marks none when every cell is unlabeled, even those counted from evidence', () => {
    const norms = [cell(1, 'unlabeled', ['a quoted passage']), cell(2, 'unlabeled')];
    expect(reflectedTally({ norms })).toEqual({
      reflected: 1,
      marked: 0,
      fromEvidence: 1,
      marksNone: true,
    });
  });
});
