import { describe, expect, it } from 'vitest';
import { countsAsReflected } from '../../../src/lib/reflection';

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
