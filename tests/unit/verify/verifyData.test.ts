import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatProblem } from '../../../src/lib/verify/problems';
import { verifyData } from '../../../src/lib/verify/verifyData';
import {
  TODAY,
  alpha,
  beta,
  dataFiles,
  dataset,
  norms,
  published,
  reportFigures,
  sources,
} from '../fixtures/dataFiles';

type Files = Parameters<typeof dataFiles>[0];

/** Every line the verifier prints for the fixture with `overrides`, on the fixed test day. */
function lines(overrides: Files = {}): string[] {
  return verifyData(dataFiles(overrides), { today: TODAY }).problems.map(formatProblem);
}

function withCell(base: ReturnType<typeof alpha>, index: number, cell: Record<string, unknown>) {
  const next = structuredClone(base);
  next.norms[index] = cell as never;
  return next;
}

/** A fixture record's YAML with one piece of text replaced (which must occur exactly once). */
function patched(record: unknown, from: string, to: string): string {
  const text = stringify(record);
  if (text.split(from).length !== 2) throw new Error(`"${from}" does not occur once`);
  return text.replace(from, to);
}

/** Alpha as given (an object or YAML text) beside an unchanged beta. */
const withAlpha = (record: unknown): Files => ({ agreements: { alpha: record, beta: beta() } });
const withBeta = (record: unknown): Files => ({ agreements: { alpha: alpha(), beta: record } });
const alphaText = (from: string, to: string) => withAlpha(patched(alpha(), from, to));
const betaText = (from: string, to: string) => withBeta(patched(beta(), from, to));
const cell6 = (evidence: Record<string, unknown>[]) =>
  withAlpha(withCell(alpha(), 5, { norm: 6, label: 'yes', reflected: true, evidence }));

const A = 'data/agreements/alpha.yaml';
const B = 'data/agreements/beta.yaml';
const ORDER_RULE = 'an order from 1 to 2, one per agreement file (2 is free)';
const TOO_SHORT = 'expected evidence of at least 3 words, or a fragment: saying why it is shorter';
const REFLECTED_RULE =
  'a norm counts as reflected when the report marks it “Yes”, or prints no marker but gives evidence under it';

describe('verifyData on valid data', () => {
  it('accepts the fixture and returns the data', () => {
    const { data, problems } = verifyData(dataFiles(), { today: TODAY });
    expect(problems).toEqual([]);
    expect(data?.agreements.map((a) => a.slug)).toEqual(['alpha', 'beta']);
    expect(data?.norms).toHaveLength(11);
  });

  it('accepts a quote that the report breaks across lines', () => {
    const { data } = verifyData(dataFiles(), { today: TODAY });
    expect(data?.agreements[0]?.norms[5]?.evidence[0]?.text).toBe(
      'We will cooperate across borders to keep networks stable.',
    );
  });

  it('accepts a quote shorter than three words when it is marked as a fragment with a reason', () => {
    const files = cell6([{ text: 'We will', fragment: 'The report breaks off here.' }]);
    expect(lines(files)).toEqual([]);
  });

  it('keeps a date-like value as the string it is written as', () => {
    const { data } = verifyData(
      dataFiles(alphaText('description: A fictional accord for tests.', 'description: 2018-11-05')),
      { today: TODAY },
    );
    expect(data?.agreements[0]?.description).toBe('2018-11-05');
  });

  it('accepts a renamed record that lists its published slug in formerSlugs, and exposes it', () => {
    const files = {
      agreements: { 'alpha-accord': { ...alpha(), formerSlugs: ['alpha'] }, beta: beta() },
    };
    const { data, problems } = verifyData(dataFiles(files), { today: TODAY });
    expect(problems).toEqual([]);
    expect(data?.agreements[0]).toMatchObject({ slug: 'alpha-accord', formerSlugs: ['alpha'] });
  });

  it('accepts a changelog dated today', () => {
    expect(
      lines({ dataset: { ...dataset(), changelog: [{ ...dataset().changelog[0], date: TODAY }] } }),
    ).toEqual([]);
  });
});

describe('verifyData on broken records: one mistake, one line', () => {
  const cases: { rule: string; files: Files; line: string }[] = [
    {
      rule: 'a label outside the allowed values',
      files: withAlpha(withCell(alpha(), 0, { norm: 1, label: 'No', reflected: false })),
      line: `${A}:26: norms[0].label: expected one of "yes", "n/a", "unlabeled", found "No"`,
    },
    {
      rule: 'a field the schema does not know',
      files: withAlpha({ ...alpha(), colour: 'red' }),
      line: `${A}:1: (whole file): expected only the fields the schema documents, found unknown field(s) colour`,
    },
    {
      rule: 'a missing field',
      files: withAlpha({ ...alpha(), description: undefined }),
      line: `${A}:1: description: expected a string, found nothing (the field is missing)`,
    },
    {
      rule: 'a count that is not a number',
      files: alphaText('count: 12', 'count: twelve'),
      line: `${A}:16: signatories.count: expected a number, found "twelve"`,
    },
    {
      rule: 'a list where text belongs',
      files: alphaText('shortName: Alpha', 'shortName: [Alpha]'),
      line: `${A}:5: shortName: expected a string, found a list of 1 item`,
    },
    {
      rule: 'a malformed launch date',
      files: alphaText('value: 2015-05', 'value: 2015-13'),
      line: `${A}:10: launched.value: expected an ISO year or year-month such as 2015 or 2015-11, found "2015-13"`,
    },
    {
      rule: 'a launch date after the report',
      files: alphaText('value: 2015-05', 'value: 2024-01'),
      line: `${A}:10: launched.value: expected a launch date no later than the report (2020), found "2024-01"`,
    },
    {
      rule: 'a gap in the report order',
      files: betaText('order: 2', 'order: 3'),
      line: `${B}:1: order: expected ${ORDER_RULE}, found 3`,
    },
    {
      rule: 'order 90, past any numeral the report prints',
      files: betaText('order: 2', 'order: 90'),
      line: `${B}:1: order: expected ${ORDER_RULE}, found 90`,
    },
    {
      rule: 'order 4000',
      files: betaText('order: 2', 'order: 4000'),
      line: `${B}:1: order: expected ${ORDER_RULE}, found 4000`,
    },
    {
      rule: 'order 0',
      files: betaText('order: 2', 'order: 0'),
      line: `${B}:1: order: expected a value of at least 1, found 0`,
    },
    {
      rule: 'a negative order',
      files: betaText('order: 2', 'order: -1'),
      line: `${B}:1: order: expected a value of at least 1, found -1`,
    },
    {
      rule: 'a fractional order',
      files: betaText('order: 2', 'order: 2.5'),
      line: `${B}:1: order: expected an integer, found float 2.5`,
    },
    {
      rule: 'an order that is text',
      files: betaText('order: 2', 'order: two'),
      line: `${B}:1: order: expected a number, found "two"`,
    },
    {
      rule: 'an order used twice',
      files: betaText('order: 2', 'order: 1'),
      line: `${B}:1: order: expected an order no other agreement has, found 1, used twice: also by ${A}`,
    },
    {
      rule: 'a numeral that does not match the order (and so heads no section)',
      files: alphaText('numeral: I', 'numeral: V'),
      line: `${A}:2: numeral: expected I, the numeral of order 1, found "V"`,
    },
    {
      rule: 'a short name used twice',
      files: betaText('shortName: Beta', 'shortName: Alpha'),
      line: `${B}:5: shortName: expected a shortName no other agreement uses, found "Alpha", used twice: also by ${A}`,
    },
    {
      rule: 'a file name that is not a slug',
      files: { agreements: { Alpha_Accord: alpha(), beta: beta() } },
      line: 'data/agreements/Alpha_Accord.yaml: (whole file): expected a file name that is a kebab-case slug (a-z, 0-9, hyphens), found "Alpha_Accord"',
    },
    {
      rule: 'a norm listed twice (in place of another)',
      files: withAlpha(withCell(alpha(), 1, { norm: 1, label: 'n/a', reflected: false })),
      line: `${A}:28: norms[1].norm: expected each norm once, found norm 1 again (also at norms[0])`,
    },
    {
      rule: 'a missing norm',
      files: withAlpha({ ...alpha(), norms: alpha().norms.slice(0, 10) }),
      line: `${A}:25: norms: expected an entry for norm 11, found none`,
    },
    {
      rule: 'norms out of order',
      files: withAlpha({ ...alpha(), norms: [...alpha().norms].reverse() }),
      line: `${A}:25: norms: expected entries in norm order 1–11, found the order 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1`,
    },
    {
      rule: 'reflected against the counting rule',
      files: withAlpha(withCell(alpha(), 0, { norm: 1, label: 'n/a', reflected: true })),
      line: `${A}:27: norms[0].reflected: expected reflected: false (${REFLECTED_RULE}), found reflected: true with label n/a and 0 evidence item(s)`,
    },
    {
      rule: 'a reflected cell with neither evidence nor a note',
      files: withAlpha(withCell(alpha(), 0, { norm: 1, label: 'yes', reflected: true })),
      line: `${A}:25: norms[0].note: expected a note saying why a cell counted as reflected has no evidence, found no note`,
    },
    {
      rule: 'evidence under an N/A label',
      files: withAlpha(
        withCell(alpha(), 0, {
          norm: 1,
          label: 'n/a',
          reflected: false,
          evidence: [{ text: 'Keep the web open.' }],
        }),
      ),
      line: `${A}:29: norms[0].evidence: expected no evidence under a norm the report marks N/A, found 1 item(s)`,
    },
    {
      rule: 'a flag without a note',
      files: withAlpha(withCell(alpha(), 5, { ...alpha().norms[5], flags: ['questionable-fit'] })),
      line: `${A}:40: norms[5].note: expected a note explaining the flag(s) questionable-fit, found no note`,
    },
    {
      rule: 'a quote that is not in the report',
      files: cell6([{ text: 'We will cooperate everywhere.' }]),
      line: `${A}:44: norms[5].evidence[0].text: expected text found verbatim (ignoring whitespace) in section I of report.txt, found "We will cooperate everywhere.", which is not there`,
    },
    {
      rule: 'a quote that is in the report but in another agreement’s section',
      files: cell6([{ text: 'Each party shall protect its critical infrastructure.' }]),
      line: `${A}:44: norms[5].evidence[0].text: expected text found verbatim (ignoring whitespace) in section I of report.txt, found "Each party shall protect its critical infrastructure.", which is not there`,
    },
    {
      rule: 'a quote cut down to one letter',
      files: cell6([{ text: 'a' }]),
      line: `${A}:44: norms[5].evidence[0].text: ${TOO_SHORT}, found "a" (1 word)`,
    },
    {
      rule: 'a quote of two words, not marked as a fragment',
      files: cell6([{ text: 'We will' }]),
      line: `${A}:44: norms[5].evidence[0].text: ${TOO_SHORT}, found "We will" (2 words)`,
    },
    {
      rule: 'an additional norm cut short (a dash is not a word)',
      files: alphaText('- text: Keep the web open.', '- text: Keep –'),
      line: `${A}:61: additionalNorms[0].text: ${TOO_SHORT}, found "Keep –" (1 word)`,
    },
    {
      rule: 'a title that heads no section',
      files: alphaText('title: Alpha Accord', 'title: Gamma Accord'),
      line: `${A}:4: title: expected the heading "I. Gamma Accord" to occur in report.txt, found no such heading`,
    },
    {
      rule: 'a YAML syntax error (only the first of the parser’s errors)',
      files: alphaText('title: Alpha Accord', 'title: Alpha: Accord'),
      line: `${A}:4: (whole file): expected valid YAML, found a syntax error (Nested mappings are not allowed in compact mappings)`,
    },
    {
      rule: 'a duplicate key',
      files: alphaText('numeral: I\n', 'numeral: I\norder: 2\n'),
      line: `${A}:3: order: expected each key once in a mapping, found the key "order" a second time`,
    },
    {
      rule: 'a duplicate key inside a mapping',
      files: alphaText('value: 2015-05\n', 'value: 2015-05\n  value: 2015-06\n'),
      line: `${A}:11: launched.value: expected each key once in a mapping, found the key "value" a second time`,
    },
    {
      rule: 'a second YAML document in one file',
      files: withAlpha(`${stringify(alpha())}---\norder: 2\n`),
      line: `${A}:62: (whole file): expected valid YAML, found a second YAML document (each file holds one)`,
    },
    {
      rule: 'a !!js/function tag',
      files: alphaText('description: A', 'description: !!js/function A'),
      line: `${A}:20: description: expected a plain value without a YAML tag, found the tag !!js/function`,
    },
    {
      rule: 'a local tag',
      files: alphaText('description: A', 'description: !foo A'),
      line: `${A}:20: description: expected a plain value without a YAML tag, found the tag !foo`,
    },
    {
      rule: 'a !!binary tag',
      files: alphaText(
        'description: A fictional accord for tests.',
        'description: !!binary aGVsbG8=',
      ),
      line: `${A}:20: description: expected a plain value without a YAML tag, found the tag !!binary`,
    },
    {
      rule: 'a !!timestamp tag',
      files: alphaText('value: 2015-05', 'value: !!timestamp 2015-05-01'),
      line: `${A}:10: launched.value: expected a plain value without a YAML tag, found the tag !!timestamp`,
    },
    {
      rule: 'an anchor',
      files: alphaText('description: A', 'description: &d A'),
      line: `${A}:20: description: expected no anchors or aliases (write each value out), found the anchor &d`,
    },
    {
      rule: 'an alias bomb, refused before it expands',
      files: {
        agreements: {
          alpha: alpha(),
          beta: beta(),
          // Each line holds nine of the line before: expanded, the last holds 9^5 strings.
          bomb: [
            'a: &a [x, x, x, x, x, x, x, x, x]',
            'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
            'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
            'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
            'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
          ].join('\n'),
        },
      },
      line: 'data/agreements/bomb.yaml:1: a: expected no anchors or aliases (write each value out), found the anchor &a',
    },
    {
      rule: 'a key that is a list',
      files: withAlpha(`${stringify(alpha())}? [a]\n: b\n`),
      line: `${A}:62: (whole file): expected a key that is plain text, found a key that is a list or mapping`,
    },
    {
      rule: 'a norm slug used twice',
      files: { norms: norms().map((n) => (n.id === 2 ? { ...n, slug: 'norm-1' } : n)) },
      line: 'data/norms.yaml:9: [1].slug: expected a slug used by no other norm, found "norm-1", used twice: also by entry [0]',
    },
    {
      rule: 'GGE wording not in the section it names',
      files: {
        norms: norms().map((n) =>
          n.id === 3 ? { ...n, gge: { section: 'I', text: n.gge.text } } : n,
        ),
      },
      line: 'data/norms.yaml:21: [2].gge.text: expected text found verbatim (ignoring whitespace) in section I of report.txt, found "GGE wording of norm 3.", which is not there',
    },
    {
      rule: 'a missing norm in norms.yaml',
      files: { norms: norms().slice(0, 10) },
      line: 'data/norms.yaml:1: (whole file): expected the norms 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 in this order, found 1, 2, 3, 4, 5, 6, 7, 8, 9, 10',
    },
    {
      rule: 'a source id used twice',
      files: { sources: [...sources(), { ...sources()[0], kind: 'context' }] },
      line: 'data/sources.yaml:8: [1].id: expected an id no other source uses, found "report", used twice: also by entry [0]',
    },
    {
      rule: 'a source without its text file',
      files: { sources: [...sources(), { ...sources()[0], id: 'other', kind: 'context' }] },
      line: 'data/sources.yaml:8: [1].id: expected a text file data/sources/other.txt, found no such file',
    },
    {
      rule: 'a text file without a source entry',
      files: { extraTexts: { stray: 'text' } },
      line: 'data/sources.yaml:1: (whole file): expected an entry for data/sources/stray.txt, found none',
    },
    {
      rule: 'a related agreement that does not exist',
      files: { sources: [{ ...sources()[0], relatedAgreements: ['gamma'] }] },
      line: 'data/sources.yaml:9: [0].relatedAgreements[0]: expected the slug of an agreement in data/agreements/, found "gamma"',
    },
    {
      rule: 'a report figure whose sentence is not in the report',
      files: {
        reportFigures: [{ ...reportFigures()[0], quote: 'Norm six was reflected least often.' }],
      },
      line: 'data/report-figures.yaml:4: [0].quote: expected text found verbatim (ignoring whitespace) in report.txt, found "Norm six was reflected least often.", which is not there',
    },
    {
      rule: 'a report figure with an unknown claim',
      files: { reportFigures: [{ ...reportFigures()[0], claim: 'rising' }] },
      line: 'data/report-figures.yaml:1: [0].claim: expected one of "most-frequent", "second-most-frequent", "least-frequent", found "rising"',
    },
    {
      rule: 'a dataset version that is not the newest changelog entry',
      files: { dataset: { ...dataset(), version: '1.1.0' } },
      line: 'data/dataset.yaml:1: version: expected the version of the newest changelog entry (1.0.0), found "1.1.0"',
    },
    {
      rule: 'a changelog date that is no day of the calendar',
      files: {
        dataset: { ...dataset(), changelog: [{ ...dataset().changelog[0], date: '2026-02-30' }] },
      },
      line: 'data/dataset.yaml:4: changelog[0].date: expected a day of the calendar, found "2026-02-30"',
    },
    {
      rule: 'a changelog date in the future',
      files: {
        dataset: { ...dataset(), changelog: [{ ...dataset().changelog[0], date: '2099-12-31' }] },
      },
      line: 'data/dataset.yaml:4: changelog[0].date: expected a date no later than today (2026-12-01), found "2099-12-31"',
    },
    {
      rule: 'a changelog date tomorrow',
      files: {
        dataset: { ...dataset(), changelog: [{ ...dataset().changelog[0], date: '2026-12-02' }] },
      },
      line: 'data/dataset.yaml:4: changelog[0].date: expected a date no later than today (2026-12-01), found "2026-12-02"',
    },
    {
      rule: 'a published agreement renamed without recording its old slug',
      files: { agreements: { 'alpha-accord': alpha(), beta: beta() } },
      line: 'data/published.yaml:2: agreements[0]: expected /agreements/alpha/ kept: data/agreements/alpha.yaml, or a record listing "alpha" in formerSlugs, found neither (a published URL would disappear)',
    },
    {
      rule: 'a published norm slug changed without recording the old one',
      files: { norms: norms().map((n) => (n.id === 2 ? { ...n, slug: 'norm-two' } : n)) },
      line: 'data/published.yaml:6: norms[1]: expected /norms/norm-2/ kept: an entry with that slug in data/norms.yaml, or a record listing "norm-2" in formerSlugs, found neither (a published URL would disappear)',
    },
    {
      rule: 'a former slug that was never published',
      files: withAlpha({ ...alpha(), formerSlugs: ['alfa'] }),
      line: `${A}:63: formerSlugs[0]: expected a slug published before, as recorded in data/published.yaml under agreements, found "alfa", which is not recorded there`,
    },
    {
      rule: 'a former slug that another record uses now',
      files: withBeta({ ...beta(), formerSlugs: ['alpha'] }),
      line: `${B}:60: formerSlugs[0]: expected a former slug that no record uses now, found "alpha", used twice: also by ${A}`,
    },
    {
      rule: 'a slug recorded twice in the ledger',
      files: { published: { ...published(), agreements: ['alpha', 'beta', 'alpha'] } },
      line: 'data/published.yaml:4: agreements[2]: expected each slug once, found "alpha", used twice: also at agreements[0]',
    },
  ];

  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('reports $rule', ({ files, line }) => {
    expect(lines(files)).toEqual([line]);
  });

  it('reports every problem in one run instead of stopping at the first', () => {
    const found = lines({
      ...betaText('shortName: Beta', 'shortName: Alpha'),
      dataset: { ...dataset(), version: '2.0.0' },
    });
    expect(found).toEqual([
      `${B}:5: shortName: expected a shortName no other agreement uses, found "Alpha", used twice: also by ${A}`,
      'data/dataset.yaml:1: version: expected the version of the newest changelog entry (1.0.0), found "2.0.0"',
    ]);
  });

  it('does not shift the order of other records when one fails its schema', () => {
    const found = lines(withAlpha({ ...alpha(), description: 5 }));
    expect(found).toEqual([`${A}:20: description: expected a string, found number 5`]);
  });

  it('still finds an order used twice when the other record fails its schema', () => {
    const found = lines({
      agreements: { alpha: { ...alpha(), description: 5 }, beta: { ...beta(), order: 1 } },
    });
    expect(found).toEqual([
      `${A}:20: description: expected a string, found number 5`,
      `${B}:1: order: expected an order no other agreement has, found 1, used twice: also by ${A}`,
    ]);
  });

  it('returns no data when there is any problem', () => {
    const files = dataFiles({ dataset: { ...dataset(), version: '2.0.0' } });
    expect(verifyData(files, { today: TODAY }).data).toBeNull();
  });
});
