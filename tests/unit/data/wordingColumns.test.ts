import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../../src/lib/csv';
import { downloadAt, recordDownloads } from '../../../src/lib/downloads';
import { evidenceCsv } from '../../../src/lib/tableExports';
import { agreement, cell } from '../fixtures/records';
import { FIXTURE_MEASURED as data, FIXTURE_WORDING } from '../fixtures/wording';

/** This site's wording measure in the open data, from the hand-made measure in fixtures/wording.ts. */
const site = 'https://example.org';
const build = (path: string) => downloadAt(path).build(data, site);
const lines = (text: string) => text.split('\r\n');
const NOTE = 'Cyber Norms Explorer: this site’s own measure, not the report’s coding';

interface PublishedCell {
  id: number;
  wording: unknown;
}
const cellsOf = (file: string, list: 'agreements' | 'documents', record: string) =>
  (
    JSON.parse(build(file)) as Record<
      string,
      { slug?: string; id?: string; norms: PublishedCell[] }[]
    >
  )[list]?.find((r) => (r.slug ?? r.id) === record)?.norms ?? [];

describe('matrix.csv', () => {
  const [header, , paris] = lines(build('/data/matrix.csv'));

  it('puts the measure’s two columns per norm after the report’s coding, before the version', () => {
    expect(header).toBe(
      'agreement,short_name,category,' +
        'norm_1_label,norm_1_reflected,norm_2_label,norm_2_reflected,norm_3_label,norm_3_reflected,' +
        'norm_4_label,norm_4_reflected,norm_5_label,norm_5_reflected,norm_6_label,norm_6_reflected,' +
        'norm_7_label,norm_7_reflected,norm_8_label,norm_8_reflected,norm_9_label,norm_9_reflected,' +
        'norm_10_label,norm_10_reflected,norm_11_label,norm_11_reflected,norms_reflected,' +
        'norm_1_wording_class,norm_1_wording_share,norm_2_wording_class,norm_2_wording_share,' +
        'norm_3_wording_class,norm_3_wording_share,norm_4_wording_class,norm_4_wording_share,' +
        'norm_5_wording_class,norm_5_wording_share,norm_6_wording_class,norm_6_wording_share,' +
        'norm_7_wording_class,norm_7_wording_share,norm_8_wording_class,norm_8_wording_share,' +
        'norm_9_wording_class,norm_9_wording_share,norm_10_wording_class,norm_10_wording_share,' +
        'norm_11_wording_class,norm_11_wording_share,dataset_version',
    );
  });

  it('gives a measured cell its class and share, and leaves a cell not measured empty', () => {
    // Paris Call: norms 5 and 6 measured; norm 9 reflected but not measured.
    expect(paris).toBe(
      'paris-call,Paris Call,multistakeholder,' +
        'n/a,false,n/a,false,n/a,false,n/a,false,yes,true,yes,true,n/a,false,n/a,false,' +
        'unlabeled,true,n/a,false,n/a,false,3,' +
        ',,,,,,,,own-words,0,borrows-phrases,0.375,,,,,,,,,,,9.8.7',
    );
  });
});

describe('evidence.csv', () => {
  const [header, g7Norm1, g7Norm6] = lines(build('/data/evidence.csv'));

  it('adds shared_runs before the version', () => {
    expect(header).toBe(
      'agreement,short_name,part,norm,position,quote,heading,locator,kind,fragment,source_url,shared_runs,dataset_version',
    );
  });

  it('gives a passage its shared runs as it prints them, and a passage not measured none', () => {
    expect(g7Norm1).toBe(
      'g7-lucca,G7 Lucca,norm,1,1,States should cooperate to increase stability and security in cyberspace.,,,quote,,' +
        'https://example.org/sources/bpf-report/#q-g7-lucca-n1-1,cooperate to increase stability and security,9.8.7',
    );
    expect(g7Norm6).toBe(
      'g7-lucca,G7 Lucca,norm,6,1,No state should damage critical infrastructure that serves the public.,,,quote,,' +
        'https://example.org/sources/bpf-report/#q-g7-lucca-n6-1,,9.8.7',
    );
  });

  it('joins the runs of one passage with “ | ”, each passage taking only its own', () => {
    const two = agreement('two', {
      6: cell(6, 'yes', ['alpha beta gamma delta epsilon', '=zeta eta theta']),
    });
    const run = (quoteIndex: number, quoteStart: number, quoteEnd: number) => ({
      text: 'x',
      quoteIndex,
      quoteStart,
      quoteEnd,
      ggeStart: 0,
      ggeEnd: 1,
    });
    const wording = [
      {
        record: 'two',
        norm: 6,
        result: {
          class: 'borrows-phrases' as const,
          share: 0.5,
          runs: [run(0, 0, 10), run(0, 17, 30), run(1, 0, 9)],
        },
      },
    ];
    const rows = parseCsvRecords(evidenceCsv([two], wording, 'report', '1.0.0', (p) => p));
    // A run that would start a spreadsheet formula is written with an apostrophe, like any text.
    expect(rows.map((r) => r.shared_runs)).toEqual(['alpha beta | delta epsilon', "'=zeta eta"]);
  });
});

describe('agreements.json, documents.json and the files of single records', () => {
  it('give a measured cell the measure, said to be this site’s, and other cells null', () => {
    const paris = cellsOf('/data/agreements.json', 'agreements', 'paris-call');
    // The whole measure is checked in an agreement's own file below; here, whose it is and what.
    expect(paris.find((c) => c.id === 6)?.wording).toMatchObject({
      measuredBy: NOTE,
      class: 'borrows-phrases',
      share: 0.375,
    });
    expect(paris.filter((c) => c.wording === null).map((c) => c.id)).toEqual([
      1, 2, 3, 4, 7, 8, 9, 10, 11,
    ]);
  });

  it('give the editors’ documents their cells’ measure the same way', () => {
    const sco = cellsOf('/data/documents.json', 'documents', 'sco-code');
    expect(sco.map((c) => [c.id, (c.wording as { class?: string } | null)?.class ?? null])).toEqual(
      [
        [1, null],
        [2, null],
        [3, null],
        [4, null],
        [5, null],
        [6, 'own-words'],
        [7, null],
        [8, null],
        [9, null],
        [10, null],
        [11, null],
      ],
    );
  });

  it('put the same measure in an agreement’s own file', () => {
    const own = recordDownloads(data).find((d) => d.path === '/data/agreements/g7-lucca.json');
    const record = JSON.parse(own?.build(data, site) ?? '{}') as { norms: PublishedCell[] };
    // The fixture's measure of G7 Lucca norm 1, unchanged, with whose measure it is.
    expect(record.norms[0]?.wording).toEqual({
      measuredBy: NOTE,
      ...FIXTURE_WORDING.agreements[0]?.result,
    });
  });
});

describe('schema.json on the measure', () => {
  const schema = JSON.parse(build('/data/schema.json')) as { $id: string };
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addSchema(schema);
  const validate = (definition: string, file: unknown) => {
    const check = ajv.getSchema(`${schema.$id}#/definitions/${definition}`);
    if (!check) throw new Error(`no definition ${definition}`);
    return check(file) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
  };

  it('accepts the fixture’s agreements.json and documents.json, measured and not', () => {
    expect(validate('agreementsFile', JSON.parse(build('/data/agreements.json')))).toEqual([]);
    expect(validate('documentsFile', JSON.parse(build('/data/documents.json')))).toEqual([]);
  });

  it('refuses a class the measure does not have, and a measure that does not say whose it is', () => {
    const file = JSON.parse(build('/data/agreements.json')) as {
      agreements: { norms: { wording: Record<string, unknown> | null }[] }[];
    };
    const paris6 = file.agreements[1]?.norms[5]?.wording;
    const g7One = file.agreements[0]?.norms[0]?.wording;
    if (!paris6 || !g7One) throw new Error('the fixture’s measured cells moved');
    paris6.class = 'paraphrases';
    delete g7One.measuredBy;
    const problems = validate('agreementsFile', file);
    expect(problems).toContain('/agreements/1/norms/5/wording/class enum');
    expect(problems).toContain('/agreements/0/norms/0/wording required');
  });
});
