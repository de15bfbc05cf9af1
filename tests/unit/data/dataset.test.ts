import { describe, expect, it } from 'vitest';
import { requireDataset } from '../../../src/lib/dataset/readDataset';
import { normFrequency } from '../../../src/lib/frequencies';
import { checkReportFigures } from '../../../src/lib/reportFigures';

// The real data in data/: these tests fail when a record breaks a public promise.
const data = requireDataset();

describe('the dataset', () => {
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
