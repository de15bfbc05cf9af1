import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/verify/problems';
import { verifyData } from '../../../src/lib/verify/verifyData';
import {
  alpha,
  beta,
  dataFiles,
  dataset,
  norms,
  reportFigures,
  sources,
} from '../fixtures/dataFiles';

type Files = Parameters<typeof dataFiles>[0];

/** The verifier's messages, without line numbers (those are tested separately below). */
function messages(overrides: Files = {}): string[] {
  return verifyData(dataFiles(overrides)).problems.map((p) =>
    formatProblem({ ...p, line: undefined } as never),
  );
}

function withCell(base: ReturnType<typeof alpha>, index: number, cell: Record<string, unknown>) {
  const next = structuredClone(base);
  next.norms[index] = cell as never;
  return next;
}

describe('verifyData on valid data', () => {
  it('accepts the fixture and returns the data', () => {
    const { data, problems } = verifyData(dataFiles());
    expect(problems).toEqual([]);
    expect(data?.agreements.map((a) => a.slug)).toEqual(['alpha', 'beta']);
    expect(data?.norms).toHaveLength(11);
  });

  it('accepts a quote that the report breaks across lines', () => {
    const { data } = verifyData(dataFiles());
    expect(data?.agreements[0]?.norms[5]?.evidence[0]?.text).toBe(
      'We will cooperate across borders to keep networks stable.',
    );
  });
});

describe('verifyData on broken records', () => {
  const cases: { rule: string; files: Files; message: string }[] = [
    {
      rule: 'a label outside the allowed values',
      files: {
        agreements: {
          alpha: withCell(alpha(), 0, { norm: 1, label: 'No', reflected: false }),
          beta: beta(),
        },
      },
      message:
        'data/agreements/alpha.yaml: norms[0].label: expected one of "yes", "n/a", "unlabeled", found "No"',
    },
    {
      rule: 'a field the schema does not know',
      files: { agreements: { alpha: { ...alpha(), colour: 'red' }, beta: beta() } },
      message:
        'data/agreements/alpha.yaml: (whole file): expected only the fields the schema documents, found unknown field(s) colour',
    },
    {
      rule: 'a missing field',
      files: { agreements: { alpha: { ...alpha(), description: undefined }, beta: beta() } },
      message:
        'data/agreements/alpha.yaml: description: expected a string, found nothing (the field is missing)',
    },
    {
      rule: 'a count that is not a number',
      files: {
        agreements: {
          alpha: { ...alpha(), signatories: { wording: 'twelve', count: 'twelve' } },
          beta: beta(),
        },
      },
      message: 'data/agreements/alpha.yaml: signatories.count: expected a number, found "twelve"',
    },
    {
      rule: 'a malformed date',
      files: {
        agreements: {
          alpha: { ...alpha(), launched: { wording: 'x', value: '2015-13' } },
          beta: beta(),
        },
      },
      message:
        'data/agreements/alpha.yaml: launched.value: expected an ISO year or year-month such as 2015 or 2015-11, found "2015-13"',
    },
    {
      rule: 'a launch date after the report',
      files: {
        agreements: {
          alpha: { ...alpha(), launched: { wording: 'x', value: '2024' } },
          beta: beta(),
        },
      },
      message:
        'data/agreements/alpha.yaml: launched.value: expected a launch date no later than the report (2020), found "2024"',
    },
    {
      rule: 'a gap in the report order',
      files: { agreements: { alpha: alpha(), beta: { ...beta(), order: 3, numeral: 'III' } } },
      message:
        'data/agreements/beta.yaml: order: expected order 2 (orders run 1 to 2 without gaps or repeats), found 3',
    },
    {
      rule: 'a numeral that does not match the order',
      files: { agreements: { alpha: { ...alpha(), numeral: 'V' }, beta: beta() } },
      message: 'data/agreements/alpha.yaml: numeral: expected I, the numeral of order 1, found "V"',
    },
    {
      rule: 'a short name used twice',
      files: { agreements: { alpha: alpha(), beta: { ...beta(), shortName: 'Alpha' } } },
      message:
        'data/agreements/beta.yaml: shortName: expected a shortName no other agreement uses, found "Alpha", also used by data/agreements/alpha.yaml',
    },
    {
      rule: 'a file name that is not a slug',
      files: { agreements: { Alpha_Accord: alpha(), beta: beta() } },
      message:
        'data/agreements/Alpha_Accord.yaml: (whole file): expected a file name that is a kebab-case slug (a-z, 0-9, hyphens), found "Alpha_Accord"',
    },
    {
      rule: 'a norm listed twice',
      files: {
        agreements: {
          alpha: withCell(alpha(), 1, { norm: 1, label: 'n/a', reflected: false }),
          beta: beta(),
        },
      },
      message:
        'data/agreements/alpha.yaml: norms[1].norm: expected each norm once, found norm 1 again (also at norms[0])',
    },
    {
      rule: 'a missing norm',
      files: {
        agreements: { alpha: { ...alpha(), norms: alpha().norms.slice(0, 10) }, beta: beta() },
      },
      message: 'data/agreements/alpha.yaml: norms: expected an entry for norm 11, found none',
    },
    {
      rule: 'norms out of order',
      files: {
        agreements: { alpha: { ...alpha(), norms: [...alpha().norms].reverse() }, beta: beta() },
      },
      message:
        'data/agreements/alpha.yaml: norms: expected entries in norm order 1–11, found the order 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1',
    },
    {
      rule: 'reflected against the counting rule',
      files: {
        agreements: {
          alpha: withCell(alpha(), 0, { norm: 1, label: 'n/a', reflected: true }),
          beta: beta(),
        },
      },
      message:
        'data/agreements/alpha.yaml: norms[0].reflected: expected reflected: false (a norm counts as reflected when the report marks it “Yes”, or prints no marker but gives evidence under it), found reflected: true with label n/a and 0 evidence item(s)',
    },
    {
      rule: 'a reflected cell with neither evidence nor a note',
      files: {
        agreements: {
          alpha: withCell(alpha(), 0, { norm: 1, label: 'yes', reflected: true }),
          beta: beta(),
        },
      },
      message:
        'data/agreements/alpha.yaml: norms[0].note: expected a note saying why a cell counted as reflected has no evidence, found no note',
    },
    {
      rule: 'evidence under an N/A label',
      files: {
        agreements: {
          alpha: withCell(alpha(), 0, {
            norm: 1,
            label: 'n/a',
            reflected: false,
            evidence: [{ text: 'Keep the web open.' }],
          }),
          beta: beta(),
        },
      },
      message:
        'data/agreements/alpha.yaml: norms[0].evidence: expected no evidence under a norm the report marks N/A, found 1 item(s)',
    },
    {
      rule: 'a flag without a note',
      files: {
        agreements: {
          alpha: withCell(alpha(), 5, { ...alpha().norms[5], flags: ['questionable-fit'] }),
          beta: beta(),
        },
      },
      message:
        'data/agreements/alpha.yaml: norms[5].note: expected a note explaining the flag(s) questionable-fit, found no note',
    },
    {
      rule: 'a quote that is not in the report',
      files: {
        agreements: {
          alpha: withCell(alpha(), 5, {
            norm: 6,
            label: 'yes',
            reflected: true,
            evidence: [{ text: 'We will cooperate everywhere.' }],
          }),
          beta: beta(),
        },
      },
      message:
        'data/agreements/alpha.yaml: norms[5].evidence[0].text: expected text found verbatim (ignoring whitespace) in section I of report.txt, found "We will cooperate everywhere.", which is not there',
    },
    {
      rule: 'a quote that is in the report but in another agreement’s section',
      files: {
        agreements: {
          alpha: withCell(alpha(), 5, {
            norm: 6,
            label: 'yes',
            reflected: true,
            evidence: [{ text: 'Each party shall protect its critical infrastructure.' }],
          }),
          beta: beta(),
        },
      },
      message:
        'data/agreements/alpha.yaml: norms[5].evidence[0].text: expected text found verbatim (ignoring whitespace) in section I of report.txt, found "Each party shall protect its critical infrastructure.", which is not there',
    },
    {
      rule: 'a title that heads no section',
      files: { agreements: { alpha: { ...alpha(), title: 'Gamma Accord' }, beta: beta() } },
      message:
        'data/agreements/alpha.yaml: title: expected the heading "I. Gamma Accord" to occur in report.txt, found no such heading',
    },
    {
      rule: 'a norm slug used twice',
      files: { norms: norms().map((n) => (n.id === 2 ? { ...n, slug: 'norm-1' } : n)) },
      message:
        'data/norms.yaml: [1].slug: expected a slug used by no other norm, found "norm-1", already used by entry 0',
    },
    {
      rule: 'GGE wording not in the section it names',
      files: {
        norms: norms().map((n) =>
          n.id === 3 ? { ...n, gge: { section: 'I', text: n.gge.text } } : n,
        ),
      },
      message:
        'data/norms.yaml: [2].gge.text: expected text found verbatim (ignoring whitespace) in section I of report.txt, found "GGE wording of norm 3.", which is not there',
    },
    {
      rule: 'a missing norm in norms.yaml',
      files: { norms: norms().slice(0, 10) },
      message:
        'data/norms.yaml: (whole file): expected the norms 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 in this order, found 1, 2, 3, 4, 5, 6, 7, 8, 9, 10',
    },
    {
      rule: 'a source without its text file',
      files: { sources: [...sources(), { ...sources()[0], id: 'other', kind: 'context' }] },
      message:
        'data/sources.yaml: [1].id: expected a text file data/sources/other.txt, found no such file',
    },
    {
      rule: 'a text file without a source entry',
      files: { extraTexts: { stray: 'text' } },
      message:
        'data/sources.yaml: (whole file): expected an entry for data/sources/stray.txt, found none',
    },
    {
      rule: 'a related agreement that does not exist',
      files: { sources: [{ ...sources()[0], relatedAgreements: ['gamma'] }] },
      message:
        'data/sources.yaml: [0].relatedAgreements[0]: expected the slug of an agreement in data/agreements/, found "gamma"',
    },
    {
      rule: 'a report figure whose sentence is not in the report',
      files: {
        reportFigures: [{ ...reportFigures()[0], quote: 'Norm six was reflected least often.' }],
      },
      message:
        'data/report-figures.yaml: [0].quote: expected text found verbatim (ignoring whitespace) in report.txt, found "Norm six was reflected least often.", which is not there',
    },
    {
      rule: 'a report figure with an unknown claim',
      files: { reportFigures: [{ ...reportFigures()[0], claim: 'rising' }] },
      message:
        'data/report-figures.yaml: [0].claim: expected one of "most-frequent", "second-most-frequent", "least-frequent", found "rising"',
    },
    {
      rule: 'a dataset version that is not the newest changelog entry',
      files: { dataset: { ...dataset(), version: '1.1.0' } },
      message:
        'data/dataset.yaml: version: expected the version of the newest changelog entry (1.0.0), found "1.1.0"',
    },
  ];

  it.each(cases)('reports $rule', ({ files, message }) => {
    expect(messages(files)).toContain(message);
  });

  it('reports every problem in one run instead of stopping at the first', () => {
    const found = messages({
      agreements: { alpha: { ...alpha(), numeral: 'V', shortName: 'Beta' }, beta: beta() },
      dataset: { ...dataset(), version: '2.0.0' },
    });
    // A wrong numeral is reported twice: it does not match the order, and "V. Alpha Accord" heads no section.
    expect(found.sort()).toEqual(
      [
        'data/agreements/alpha.yaml: numeral: expected I, the numeral of order 1, found "V"',
        'data/agreements/alpha.yaml: title: expected the heading "V. Alpha Accord" to occur in report.txt, found no such heading',
        'data/agreements/beta.yaml: shortName: expected a shortName no other agreement uses, found "Beta", also used by data/agreements/alpha.yaml',
        'data/dataset.yaml: version: expected the version of the newest changelog entry (1.0.0), found "2.0.0"',
      ].sort(),
    );
  });

  it('returns no data when there is any problem', () => {
    expect(verifyData(dataFiles({ dataset: { ...dataset(), version: '2.0.0' } })).data).toBeNull();
  });
});

describe('verifyData line numbers', () => {
  it('names the line of a YAML syntax error', () => {
    const broken = 'order: 1\nnumeral: I\ntitle: Alpha: Accord\n';
    const [problem] = verifyData(
      dataFiles({ agreements: { alpha: broken, beta: beta() } }),
    ).problems;
    expect(problem && formatProblem(problem)).toBe(
      'data/agreements/alpha.yaml:3: (whole file): expected valid YAML, found a syntax error (Nested mappings are not allowed in compact mappings)',
    );
  });

  it('treats a duplicate key as a syntax error on the line of the second key', () => {
    const duplicated = 'order: 1\nnumeral: I\norder: 2\n';
    const [problem] = verifyData(
      dataFiles({ agreements: { alpha: duplicated, beta: beta() } }),
    ).problems;
    expect(problem?.line).toBe(3);
    expect(problem?.found).toContain('Map keys must be unique');
  });

  it('names the line of the field that fails the schema', () => {
    const text = 'order: 1\nnumeral: I\nreportPage: page two\n';
    const problems = verifyData(dataFiles({ agreements: { alpha: text, beta: beta() } })).problems;
    const page = problems.find((p) => p.path === 'reportPage');
    expect(page?.line).toBe(3);
    expect(page?.expected).toBe('a report page such as 13/50');
  });
});
