import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatProblem } from '../../../src/lib/verify/problems';
import { verifyTimeline } from '../../../src/lib/verify/verifyTimeline';
import { parseYamlFile } from '../../../src/lib/verify/yamlFile';
import type { Source } from '../../../src/schemas/source';

const LIST =
  'A list of documents\nAlpha Declaration\nBeta Charter\nIn 2017 the ministers issued Alpha.';
const REPORT = 'The report says the Gamma code dates from 2016.';
const list: Source = {
  id: 'the-list',
  title: 'A list',
  shortTitle: 'List',
  year: 2020,
  publisher: 'A centre',
  authors: [],
  kind: 'context',
  relatedAgreements: ['alpha'],
  description: 'A list.',
};

function timeline(change: (entries: Record<string, unknown>[]) => void = () => undefined) {
  const entries: Record<string, unknown>[] = [
    {
      title: 'Alpha Declaration',
      year: 2017,
      yearWording: 'In 2017 the ministers issued Alpha',
      summary: 'Ours.',
      agreement: 'alpha',
    },
    {
      title: 'Beta Charter',
      year: null,
      yearNote: 'The list does not date it.',
      summary: 'Ours too.',
    },
  ];
  change(entries);
  return { sourceId: 'the-list', title: 'Timeline', scope: 'All of it.', entries };
}

function check(record: unknown, sources: Source[] = [list]) {
  const { parsed } = parseYamlFile({ path: 'data/g7-timeline.yaml', text: stringify(record) });
  if (!parsed) throw new Error('fixture does not parse');
  const result = verifyTimeline(parsed, {
    sources,
    sourceTexts: { 'the-list': LIST, report: REPORT },
    agreementSlugs: ['alpha'],
    documentIds: ['gamma-code'],
  });
  return { timeline: result.timeline, messages: result.problems.map(formatProblem).join('\n') };
}

describe('verifying the timeline', () => {
  it('accepts titles from the list and years quoted from it or explained', () => {
    const { timeline: checked, messages } = check(timeline());
    expect(messages).toBe('');
    expect(checked?.entries.map((e) => e.year)).toEqual([2017, null]);
  });

  it('takes a year quoted from another source named by yearSource', () => {
    const { messages } = check(
      timeline((entries) => {
        entries.unshift({
          title: 'Beta Charter',
          year: 2016,
          yearWording: 'the Gamma code dates from 2016',
          yearSource: 'report',
          summary: 'Ours.',
          document: 'gamma-code',
        });
      }),
    );
    expect(messages).toBe('');
  });

  it('requires each title to be a line of the list', () => {
    const { messages } = check(
      timeline((e) => {
        e[1] = { ...e[1], title: 'Beta' };
      }),
    );
    expect(messages).toMatch(
      /entries\[1\]\.title: expected a title printed as a line of the-list\.txt, found "Beta"/u,
    );
  });

  it('requires the year wording verbatim and giving that year', () => {
    const wrongYear = check(
      timeline((e) => {
        e[0] = { ...e[0], year: 2018 };
      }),
    ).messages;
    expect(wrongYear).toMatch(
      /entries\[0\]\.yearWording: expected wording that gives the year 2018/u,
    );
    const invented = check(
      timeline((e) => {
        e[0] = { ...e[0], yearWording: 'Alpha came in 2017' };
      }),
    ).messages;
    expect(invented).toMatch(
      /entries\[0\]\.yearWording: expected text found verbatim .* in data\/sources\/the-list\.txt/u,
    );
  });

  it('asks how an entry without quoted wording is dated', () => {
    const { messages } = check(
      timeline((e) => {
        e[1] = { title: 'Beta Charter', year: null, summary: 'Ours.' };
      }),
    );
    expect(messages).toMatch(
      /entries\[1\]\.yearNote: expected a note saying how the entry is dated/u,
    );
  });

  it('keeps entries in year order with undated ones last', () => {
    const { messages } = check(timeline((e) => e.reverse()));
    expect(messages).toMatch(
      /entries\[1\]\.year: expected entries in year order, undated ones last, found 2017 after null/u,
    );
  });

  it('names links to agreements or documents that do not exist', () => {
    const { messages } = check(
      timeline((e) => {
        e[0] = { ...e[0], agreement: 'atlantis' };
        e[1] = { ...e[1], document: 'nothing' };
      }),
    );
    expect(messages).toMatch(
      /entries\[0\]\.agreement: expected the slug of an agreement.*"atlantis"/u,
    );
    expect(messages).toMatch(
      /entries\[1\]\.document: expected the id of a coded document.*"nothing"/u,
    );
  });

  it('needs a list that relates to agreements', () => {
    const { messages } = check(timeline(), [{ ...list, relatedAgreements: [] }]);
    expect(messages).toMatch(
      /sourceId: expected the id of a source .* that relates to at least one agreement/u,
    );
  });
});
