import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requireDataset } from '../../../src/lib/dataset/readDataset';
import { documentHighlights } from '../../../src/lib/documents';
import { normFrequency } from '../../../src/lib/frequencies';
import { checkReportFigures } from '../../../src/lib/reportFigures';
import { parseYamlFile } from '../../../src/lib/verify/yamlFile';

// The one test of the real data in data/: it fails when a record breaks a public promise. Every
// other unit test runs on the small fixture dataset in tests/unit/fixtures/dataset.ts.
const data = requireDataset();

describe('the dataset', () => {
  it('holds the report’s 22 agreements and the 11 norms, each agreement with a cell per norm', () => {
    expect(data.agreements).toHaveLength(22);
    expect(data.norms.map((n) => n.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    for (const a of data.agreements)
      expect(
        a.norms.map((c) => c.norm),
        a.slug,
      ).toEqual(data.norms.map((n) => n.id));
  });

  it('keeps the public agreement slugs, in report section order I–XXII', () => {
    // The slugs are public URLs, fixed by the project's foundation issue.
    expect(data.agreements.map((a) => a.slug)).toEqual([
      'g20-antalya-communique',
      'g7-lucca-declaration',
      'g7-charlevoix-commitment',
      'cybersecurity-tech-accord',
      'freedom-online-coalition',
      'sco-agreement-2009',
      'african-union-convention',
      'csde-anti-botnet-guide',
      'arab-convention',
      'eac-cyberlaws-framework',
      'brazzaville-declaration',
      'nato-cyber-defence-pledge',
      'eu-joint-communication-2017',
      'manrs',
      'sadc-model-laws',
      'paris-call',
      'un-gge-2015',
      'charter-of-trust',
      'gcsc-six-critical-norms',
      'commonwealth-cyber-declaration',
      'contract-for-the-web',
      'ethicsfirst',
    ]);
  });

  it('keeps the public norm slugs, norms 1–11', () => {
    expect(data.norms.map((n) => n.slug)).toEqual([
      'no-wrongful-use-of-territory',
      'no-harm-to-critical-infrastructure',
      'supply-chain-security',
      'protect-cert-teams',
      'human-rights-and-privacy',
      'cooperation-for-stability',
      'consider-all-information',
      'information-exchange-and-prosecution',
      'protect-own-critical-infrastructure',
      'respond-to-assistance-requests',
      'vulnerability-disclosure',
    ]);
  });

  it('reproduces every figure the report states, under the counting rule', () => {
    const checks = checkReportFigures(
      data.reportFigures,
      normFrequency(data.agreements, data.norms),
    );
    expect(checks.map((c) => c.figure.claim)).toEqual([
      'most-frequent',
      'second-most-frequent',
      'least-frequent',
    ]);
    for (const check of checks)
      expect(check, `report figure for norm ${check.figure.norm}`).toMatchObject({ agrees: true });
  });
});

describe('our own coding', () => {
  it('codes every related primary text, apart from the report’s agreements', () => {
    const primary = data.sources.filter((s) => s.kind === 'primary-text').map((s) => s.id);
    const ids = data.documents.map((d) => d.id);
    expect([...ids].sort()).toEqual(primary.sort());
    expect(data.agreements.filter((a) => ids.includes(a.slug))).toEqual([]);
  });

  it('anchors every quote of our coding in its text', () => {
    for (const d of data.documents) {
      const quotes = d.norms.flatMap((c) => c.evidence).length;
      expect(documentHighlights(d, data.sourceTexts[d.id] ?? ''), d.id).toHaveLength(quotes);
    }
  });
});

interface Person {
  'given-names': string;
  'name-particle'?: string;
  'family-names': string;
}

describe('CITATION.cff', () => {
  // Through the project's one YAML parser (the file is YAML, though not a record of data/).
  const cff = parseYamlFile({ path: 'CITATION.cff', text: readFileSync('CITATION.cff', 'utf8') })
    .parsed?.value as {
    version: string;
    'date-released': string;
    license: string;
    references: { title: string; year: number; authors: Person[] }[];
  };

  it('carries the dataset version and release date of data/dataset.yaml', () => {
    expect(cff.version).toBe(data.meta.version);
    expect(cff['date-released']).toBe(data.meta.changelog[0]?.date);
  });

  it('cites the report as in data/sources.yaml', () => {
    const [reference] = cff.references;
    expect(reference?.title).toBe(data.report.title);
    expect(reference?.year).toBe(data.report.year);
    expect(
      reference?.authors.map((a) =>
        [a['given-names'], a['name-particle'], a['family-names']].filter(Boolean).join(' '),
      ),
    ).toEqual(data.report.authors);
  });

  it('uses the licence the data page states', () => {
    expect(data.meta.license.id).toBe(cff.license);
    expect(data.meta.license.url).toContain(cff.license.replace(/^CC-BY-(\d)\.(\d)$/u, 'by/$1.$2'));
  });
});

describe('data/published.yaml', () => {
  // verify:data keeps every slug of the ledger; this keeps the ledger complete, so that a slug
  // released since cannot be renamed unnoticed: every record's slug and former slug is in it.
  const published = (record: { formerSlugs?: string[] | undefined }, slug: string) => [
    slug,
    ...(record.formerSlugs ?? []),
  ];

  it.each([
    ['agreements', data.agreements.flatMap((a) => published(a, a.slug)), data.published.agreements],
    ['norms', data.norms.flatMap((n) => published(n, n.slug)), data.published.norms],
    ['documents', data.documents.flatMap((d) => published(d, d.id)), data.published.documents],
    ['sources', data.sources.flatMap((s) => published(s, s.id)), data.published.sources],
  ])('lists every slug of the %s', (_kind, slugs, recorded) => {
    expect(slugs.filter((slug) => !recorded.includes(slug))).toEqual([]);
  });
});
