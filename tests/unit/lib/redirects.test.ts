import { describe, expect, it } from 'vitest';
import { redirects } from '../../../src/lib/redirects';

describe('redirects', () => {
  it('sends each former slug of a record to its current page', () => {
    const found = redirects({
      agreements: [
        { slug: 'paris-call-2018', shortName: 'Paris Call', formerSlugs: ['paris-call', 'paris'] },
        { slug: 'manrs', shortName: 'MANRS' },
      ] as never,
      norms: [
        {
          id: 3,
          slug: 'supply-chain',
          title: 'Supply chain',
          formerSlugs: ['supply-chain-security'],
        },
      ] as never,
      documents: [{ id: 'sco-2011', shortName: 'SCO 2011', formerSlugs: ['sco-code'] }] as never,
      sources: [{ id: 'bpf-2020', shortTitle: 'BPF report', formerSlugs: ['bpf'] }] as never,
    });
    expect(found).toEqual([
      { from: '/agreements/paris-call/', to: '/agreements/paris-call-2018/', label: 'Paris Call' },
      { from: '/agreements/paris/', to: '/agreements/paris-call-2018/', label: 'Paris Call' },
      {
        from: '/norms/supply-chain-security/',
        to: '/norms/supply-chain/',
        label: 'Norm 3: Supply chain',
      },
      { from: '/documents/sco-code/', to: '/documents/sco-2011/', label: 'SCO 2011' },
      { from: '/sources/bpf/', to: '/sources/bpf-2020/', label: 'BPF report' },
    ]);
  });
});
