import { describe, expect, it } from 'vitest';
import { applyRule, countsAsReflected, labelTally, yesOnly } from '../../../src/lib/reflection';

const quote = [{ text: 'a passage', kind: 'quote' as const }];

describe('countsAsReflected', () => {
  it.each([
    {
      case: 'a cell marked Yes with evidence',
      label: 'yes' as const,
      evidence: quote,
      reflected: true,
    },
    {
      case: 'a cell marked Yes without evidence',
      label: 'yes' as const,
      evidence: [],
      reflected: true,
    },
    {
      case: 'an unlabeled cell with a quote',
      label: 'unlabeled' as const,
      evidence: quote,
      reflected: true,
    },
    {
      case: 'an unlabeled cell with nothing under it',
      label: 'unlabeled' as const,
      evidence: [],
      reflected: false,
    },
    { case: 'a cell marked N/A', label: 'n/a' as const, evidence: [], reflected: false },
  ])('counts $case as reflected: $reflected', ({ label, evidence, reflected }) => {
    expect(countsAsReflected({ label, evidence })).toBe(reflected);
  });
});

describe('applyRule and labelTally', () => {
  const agreements = [
    {
      norms: [
        { norm: 1, label: 'yes' as const, reflected: true, evidence: quote, flags: [] },
        { norm: 2, label: 'unlabeled' as const, reflected: true, evidence: quote, flags: [] },
        { norm: 3, label: 'unlabeled' as const, reflected: false, evidence: [], flags: [] },
        { norm: 4, label: 'n/a' as const, reflected: false, evidence: [], flags: [] },
        { norm: 5, label: 'yes' as const, reflected: true, evidence: [], flags: [] },
      ],
    },
  ];

  it('recounts cells under the stricter yes-only reading without touching the original', () => {
    const strict = applyRule(agreements, yesOnly);
    expect(strict[0]?.norms.map((c) => c.reflected)).toEqual([true, false, false, false, true]);
    expect(agreements[0]?.norms[1]?.reflected).toBe(true);
  });

  it('tallies labels, separating unlabeled cells with and without evidence', () => {
    expect(labelTally(agreements)).toEqual({
      yes: 2,
      na: 1,
      unlabeledWithEvidence: 1,
      unlabeledWithout: 1,
      yesWithoutEvidence: 1,
    });
  });
});
