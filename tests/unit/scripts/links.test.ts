import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../../scripts/lib/links';

const files = new Set([
  '/base/index.html',
  '/base/a/index.html',
  '/base/style.css',
  '/base/data.json',
]);
const page = (urlPath: string, html: string) => ({ urlPath, html });

describe('findBrokenLinks', () => {
  it('accepts links to pages, files and existing fragments under the base', () => {
    const pages = [
      page(
        '/base/',
        '<a href="/base/a/#x">a</a><link href="/base/style.css"><a href="a/">rel</a><a href="#top">t</a><p id="top"></p>',
      ),
      page(
        '/base/a/',
        '<h2 id="x">x</h2><a href="/base/data.json">data</a><a href="https://example.org/">out</a>',
      ),
    ];
    expect(findBrokenLinks(pages, files)).toEqual([]);
  });

  it('reports a link that leaves the base path', () => {
    const pages = [page('/base/', '<a href="/a/">a</a>')];
    expect(findBrokenLinks(pages, files)).toEqual([
      { page: '/base/', link: '/a/', reason: 'no such file in the build' },
    ]);
  });

  it('reports a fragment with no matching id on the target page', () => {
    const pages = [
      page('/base/', '<a href="/base/a/#missing">a</a>'),
      page('/base/a/', '<h2 id="x">x</h2>'),
    ];
    expect(findBrokenLinks(pages, files)).toEqual([
      { page: '/base/', link: '/base/a/#missing', reason: 'no element with id "missing"' },
    ]);
  });

  it('checks script and image sources and form actions too', () => {
    const pages = [
      page(
        '/base/',
        '<script src="/base/app.js"></script><img src="/base/p.png" alt=""><form action="/base/search/"></form>',
      ),
    ];
    expect(findBrokenLinks(pages, files).map((b) => b.link)).toEqual([
      '/base/app.js',
      '/base/p.png',
      '/base/search/',
    ]);
  });

  it('decodes entities and percent-encoding before resolving', () => {
    const pages = [
      page('/base/', '<a href="/base/a/?x=1&amp;y=2#caf%C3%A9">a</a>'),
      page('/base/a/', '<p id="café"></p>'),
    ];
    expect(findBrokenLinks(pages, files)).toEqual([]);
  });
});
