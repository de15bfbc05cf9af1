import { describe, expect, it } from 'vitest';
import {
  agreementRoutes,
  chartRoutes,
  downloadRoutes,
  normRoutes,
  redirectRoutes,
  sourceRoutes,
} from '../../src/routing';
import { verifyData } from '../../src/lib/verify/verifyData';
import { dataFiles } from './fixtures/dataFiles';

const data = verifyData(dataFiles()).data;
if (!data) throw new Error('the fixture data set should pass verification');

describe('agreementRoutes', () => {
  const routes = agreementRoutes(data);

  it('makes one route per agreement, named by its slug, in report order', () => {
    expect(routes.map((r) => r.params.slug)).toEqual(['alpha', 'beta']);
  });

  it('hands each page its record and its neighbours, so no page looks them up again', () => {
    const [alpha, beta] = routes;
    expect(alpha?.props.agreement.shortName).toBe('Alpha');
    expect(alpha?.props.previous).toBeUndefined();
    expect(alpha?.props.next?.slug).toBe('beta');
    expect(beta?.props.previous?.slug).toBe('alpha');
    expect(beta?.props.next).toBeUndefined();
  });

  it('gives no related sources or timeline where the data has none', () => {
    expect(routes.map((r) => [r.props.related, r.props.timeline])).toEqual([
      [[], null],
      [[], null],
    ]);
  });
});

describe('normRoutes', () => {
  const routes = normRoutes(data);

  it('makes a page at each norm slug and a redirect at each norm number', () => {
    expect(routes).toHaveLength(22);
    expect(routes.slice(0, 4).map((r) => [r.params.norm, r.props.redirect])).toEqual([
      ['norm-1', false],
      ['1', true],
      ['norm-2', false],
      ['2', true],
    ]);
  });

  it('links each norm to the norms before and after it', () => {
    const sixth = routes.find((r) => r.params.norm === 'norm-6');
    expect([sixth?.props.previous?.id, sixth?.props.norm.id, sixth?.props.next?.id]).toEqual([
      5, 6, 7,
    ]);
  });
});

describe('sourceRoutes', () => {
  it('gives each source reader its text', () => {
    const routes = sourceRoutes(data);
    expect(routes.map((r) => r.params.id)).toEqual(['report']);
    expect(routes[0]?.props.text.startsWith('Table of contents')).toBe(true);
  });

  it('refuses a source without a text rather than shipping an empty reader', () => {
    expect(() => sourceRoutes({ ...data, sourceTexts: {} })).toThrow('sources/report: no text');
  });
});

describe('chartRoutes', () => {
  it('makes one route per chart of the registry', () => {
    expect(chartRoutes().map((r) => r.params.id)).toEqual([
      'norm-frequency',
      'norms-per-agreement',
      'norms-by-category',
      'timeline',
      'co-occurrence',
      'wording-by-norm',
    ]);
  });
});

describe('redirectRoutes', () => {
  it('makes no moved pages while no record has a former slug', () => {
    expect(redirectRoutes(data)).toEqual([]);
  });

  it('keeps a renamed record’s published address, sending it to the new page', () => {
    const renamed = data.agreements.map((a) =>
      a.slug === 'alpha' ? { ...a, formerSlugs: ['alfa'] } : a,
    );
    expect(redirectRoutes({ ...data, agreements: renamed })).toEqual([
      {
        params: { moved: 'agreements/alfa' },
        props: { from: '/agreements/alfa/', to: '/agreements/alpha/', label: 'Alpha' },
      },
    ]);
  });
});

describe('downloadRoutes', () => {
  const files = downloadRoutes(data).map((r) => r.params.file);

  it('serves every file at /data/ and again in the release’s folder', () => {
    expect(files.filter((f) => !f.startsWith('v')).slice(0, 7)).toEqual([
      'agreements.json',
      'norms.json',
      'matrix.csv',
      'evidence.csv',
      'documents.json',
      'schema.json',
      'datapackage.json',
    ]);
    expect(files).toContain('agreements/alpha.json');
    expect(files).toContain(`v${data.meta.version}/agreements/alpha.json`);
    expect(files).toContain(`v${data.meta.version}/datapackage.json`);
    const latest = files.filter((f) => !f.startsWith(`v${data.meta.version}/`));
    expect(files).toHaveLength(latest.length * 2);
    expect(new Set(files).size).toBe(files.length);
  });
});
