import { describe, expect, it } from 'vitest';
import { timelineByYear, timelineFor } from '../../../src/lib/timeline';
import type { Source } from '../../../src/schemas/source';
import type { Timeline } from '../../../src/schemas/timeline';

const entry = (title: string, year: number | null) => ({ title, year, summary: `${title}.` });
const timeline: Timeline = {
  sourceId: 'the-list',
  title: 'Timeline',
  scope: 'All.',
  entries: [entry('A', 2016), entry('B', 2016), entry('C', 2017), entry('D', null)],
};
const list = { id: 'the-list', relatedAgreements: ['alpha'] } as Source;

describe('timelineByYear', () => {
  it('groups consecutive entries of a year, undated ones in a group of their own', () => {
    expect(
      timelineByYear(timeline.entries).map((g) => [g.year, g.entries.map((e) => e.title)]),
    ).toEqual([
      [2016, ['A', 'B']],
      [2017, ['C']],
      [null, ['D']],
    ]);
  });
});

describe('timelineFor', () => {
  it('names the source that dates each quoted year: yearSource, or else the list', () => {
    const report = { id: 'report', relatedAgreements: [] as string[] } as Source;
    const dated: Timeline = {
      ...timeline,
      entries: [
        { ...entry('A', 2016), yearWording: 'A of 2016', yearSource: 'report' },
        { ...entry('B', 2017), yearWording: 'B in 2017' },
        entry('C', null),
      ],
    };
    const view = timelineFor(dated, [list, report], 'alpha');
    expect(Object.entries(view?.yearSources ?? {}).map(([i, s]) => [i, s.id])).toEqual([
      ['0', 'report'],
      ['1', 'the-list'],
    ]);
  });

  it('shows the timeline only on the pages of agreements its list relates to', () => {
    expect(timelineFor(timeline, [list], 'alpha')?.list.id).toBe('the-list');
    expect(timelineFor(timeline, [list], 'beta')).toBeNull();
    expect(timelineFor(null, [list], 'alpha')).toBeNull();
  });
});
