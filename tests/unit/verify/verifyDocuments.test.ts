import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/verify/problems';
import { verifyData } from '../../../src/lib/verify/verifyData';
import { dataFiles, sources } from '../fixtures/dataFiles';

const TEXT = 'Point 1. States shall cooperate for stability.\nPoint 2. Rights apply online.';
const primary = {
  id: 'code',
  title: 'A code',
  shortTitle: 'Code',
  year: 2011,
  publisher: 'Some states',
  kind: 'primary-text',
  relatedAgreements: ['alpha'],
  description: 'A related text.',
};

/** A valid coding: norm 6 reflected with a quote from the code, everything else N/A. */
function coding(change: (cells: Record<string, unknown>[]) => void = () => undefined) {
  const norms: Record<string, unknown>[] = Array.from({ length: 11 }, (_, i) => ({
    norm: i + 1,
    label: 'n/a',
    reflected: false,
  }));
  norms[5] = {
    norm: 6,
    label: 'yes',
    reflected: true,
    evidence: [{ text: 'States shall cooperate for stability.', locator: 'Point 1' }],
  };
  change(norms);
  return {
    codedBy: 'editors',
    shortName: 'Code',
    relation: 'Follows the alpha accord.',
    compareWith: ['alpha'],
    codingNote: 'Short.',
    norms,
  };
}

function problems(documents: Record<string, unknown>, extra = { code: TEXT }) {
  const result = verifyData(
    dataFiles({ sources: [...sources(), primary], extraTexts: extra, documents }),
  );
  return { data: result.data, messages: result.problems.map(formatProblem) };
}

describe('verifying our coding of related documents', () => {
  it('accepts a valid coding', () => {
    const { data, messages } = problems({ code: coding() });
    expect(messages).toEqual([]);
    expect(data?.documents.map((d) => d.id)).toEqual(['code']);
  });

  it('requires quotes verbatim from the document’s own text', () => {
    const { messages } = problems({
      code: coding((cells) => {
        cells[4] = {
          norm: 5,
          label: 'yes',
          reflected: true,
          evidence: [{ text: 'Rights apply everywhere.' }],
        };
      }),
    });
    expect(messages.join('\n')).toMatch(
      /data\/documents\/code\.yaml.*norms\[4\]\.evidence\[0\]\.text.*found verbatim.*data\/sources\/code\.txt/u,
    );
  });

  it('requires the file to be named after a primary text', () => {
    const { messages } = problems({ nothing: coding() });
    expect(messages.join('\n')).toMatch(/data\/documents\/nothing\.yaml.*primary text.*"nothing"/u);
  });

  it('insists that the editors, not the report, coded it', () => {
    const { messages } = problems({ code: { ...coding(), codedBy: 'report' } });
    expect(messages.join('\n')).toMatch(/codedBy/u);
  });

  it('applies the counting rule to every cell', () => {
    const { messages } = problems({
      code: coding((cells) => {
        cells[0] = { norm: 1, label: 'n/a', reflected: true };
      }),
    });
    expect(messages.join('\n')).toMatch(/norms\[0\]\.reflected/u);
  });

  it('names an unknown agreement to compare with', () => {
    const { messages } = problems({ code: { ...coding(), compareWith: ['atlantis'] } });
    expect(messages.join('\n')).toMatch(/compareWith\[0\].*"atlantis"/u);
  });

  it('waits for data/sources.yaml to pass before checking codings against it', () => {
    const result = verifyData(
      dataFiles({
        sources: [...sources(), { ...primary, year: 'twenty' }],
        extraTexts: { code: TEXT },
        documents: { code: coding() },
      }),
    );
    expect(result.problems.map(formatProblem)).toEqual([
      'data/sources.yaml:11: [1].year: expected a number, found "twenty"',
    ]);
  });

  it('does not call a coding missing when its file is there but does not parse', () => {
    const { messages } = problems({ code: 'codedBy: editors\ncodedBy: editors\n' });
    expect(messages).toEqual([
      'data/documents/code.yaml:2: codedBy: expected each key once in a mapping, found the key "codedBy" a second time',
    ]);
  });

  it('requires a coding for every primary text, since agreement pages link to it', () => {
    const { messages } = problems({});
    expect(messages).toEqual([
      'data/documents/code.yaml: (whole file): expected our coding of the primary text "code" listed in data/sources.yaml, found no such file',
    ]);
  });
});
