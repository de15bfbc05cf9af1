import { describe, expect, it } from 'vitest';
import { sanityCheck, totalOf, wordingTally } from '../../../src/lib/wording/tally';
import { FIXTURE } from '../fixtures/dataset';
import { FIXTURE_WORDING } from '../fixtures/wording';

// Expected values from the tables in fixtures/dataset.ts (reflected cells) and fixtures/wording.ts
// (measured cells).
const tallies = FIXTURE.agreements.map((a) =>
  wordingTally(a.slug, a.norms, FIXTURE_WORDING.agreements),
);

describe('wordingTally', () => {
  it('counts each record’s measured cells by class, and its reflected cells not measured', () => {
    expect(tallies).toEqual([
      {
        record: 'g7-lucca',
        counts: { restates: 1, 'borrows-phrases': 0, 'own-words': 0 },
        measured: 1,
        notMeasured: 1,
      },
      {
        record: 'paris-call',
        counts: { restates: 0, 'borrows-phrases': 1, 'own-words': 1 },
        measured: 2,
        notMeasured: 1,
      },
      {
        record: 'manrs',
        counts: { restates: 0, 'borrows-phrases': 0, 'own-words': 0 },
        measured: 0,
        notMeasured: 2,
      },
      {
        record: 'un-gge-2015',
        counts: { restates: 0, 'borrows-phrases': 0, 'own-words': 1 },
        measured: 1,
        notMeasured: 1,
      },
    ]);
  });

  it('tallies the editors’ documents from their own list', () => {
    const [sco] = FIXTURE.documents;
    expect(sco && wordingTally(sco.id, sco.norms, FIXTURE_WORDING.documents)).toEqual({
      record: 'sco-code',
      counts: { restates: 0, 'borrows-phrases': 0, 'own-words': 1 },
      measured: 1,
      notMeasured: 1,
    });
  });

  it('sums tallies into a total, the 9 reflected cells all accounted for', () => {
    expect(totalOf(tallies)).toEqual({
      counts: { restates: 1, 'borrows-phrases': 1, 'own-words': 2 },
      measured: 4,
      notMeasured: 5,
    });
  });
});

describe('sanityCheck', () => {
  const slugs = FIXTURE.agreements.map((a) => a.slug);

  it('says how many cells of each record restate, against how many should', () => {
    const checks = [
      { record: 'g7-lucca', why: 'Restates its one norm.' },
      { record: 'un-gge-2015', why: 'Should restate too.' },
    ];
    expect(sanityCheck(FIXTURE_WORDING.agreements, slugs, 1, checks)).toEqual([
      { record: 'g7-lucca', why: 'Restates its one norm.', restates: 1, expected: 1, holds: true },
      { record: 'un-gge-2015', why: 'Should restate too.', restates: 0, expected: 1, holds: false },
    ]);
  });

  it('stops, in one line, when a record of the check is not in the data', () => {
    expect(() => sanityCheck(FIXTURE_WORDING.agreements, slugs, 11)).toThrow(
      'wording sanity check: no agreement with the slug g7-lucca-declaration',
    );
  });
});
