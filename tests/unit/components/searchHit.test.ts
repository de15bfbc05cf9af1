import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { markedText, resultHit } from '../../../src/components/search/hitMarkup';
import { matchLine } from '../../../src/components/search/matchLine';
import { MarkupView } from '../../../src/components/search/MarkupView';
import type { SearchDocument } from '../../../src/lib/search/documents';

const html = (markup: Parameters<typeof MarkupView>[0]['markup']) =>
  renderToStaticMarkup(createElement(MarkupView, { markup }));

const item = {
  id: 'q:a:n5:1',
  href: '/agreements/a/#norm-5',
  title: [{ text: 'Alpha <b>Accord</b>', match: false }],
  context: 'Evidence for norm 5, Art. 2',
  excerpt: [
    { text: 'States should ', match: false },
    { text: 'protect', match: true },
    { text: ' it', match: false },
  ],
};

describe('resultHit', () => {
  it('draws a result on the /search/ page: title link, context and marked excerpt, text as text', () => {
    expect(html(resultHit(item, 'link'))).toBe(
      '<a class="result-title" href="/agreements/a/#norm-5">Alpha &lt;b&gt;Accord&lt;/b&gt;</a>' +
        '<span class="result-context">Evidence for norm 5, Art. 2</span>' +
        '<span class="result-excerpt">States should <mark>protect</mark> it</span>',
    );
  });

  it('draws a combobox option’s content with the title as text, and leaves out what is empty', () => {
    expect(html(resultHit({ ...item, context: '', excerpt: [] }, 'text'))).toBe(
      '<span class="result-title">Alpha &lt;b&gt;Accord&lt;/b&gt;</span>',
    );
  });
});

describe('markedText', () => {
  it('marks the matched segments only', () => {
    expect(markedText(item.excerpt)).toEqual([
      'States should ',
      { tag: 'mark', children: ['protect'] },
      ' it',
    ]);
  });
});

describe('matchLine', () => {
  const quote: SearchDocument = {
    type: 'quote',
    id: 'q:a:n5:1',
    slug: 'a',
    shortName: 'A',
    normIds: [5],
    text: 'States should protect it',
    locator: 'Art. 2',
    href: '/sources/r/#q-a-n5-1',
  };
  const agreement: SearchDocument = {
    type: 'agreement',
    id: 'a:a',
    slug: 'a',
    title: 'Alpha',
    shortName: 'A',
    text: 'An organisation',
    href: '/agreements/a/',
  };

  it('names the passage, marks the match and links to it, counting the other matches', () => {
    const line = matchLine(
      { best: { doc: quote, score: 0, ranges: [], field: 'text' }, count: 3 },
      'protect',
    );
    expect(html([line])).toBe(
      '<p class="match-line"><span class="match-where">Evidence for norm 5, Art. 2:</span> ' +
        '<q class="match-text">States should <mark>protect</mark> it</q> ' +
        '<a href="/sources/r/#q-a-n5-1">Read it in context</a> (2 more matches in this agreement)</p>',
    );
  });

  it('says when only the agreement’s name matched', () => {
    const line = matchLine(
      { best: { doc: agreement, score: 0, ranges: [], field: 'title' }, count: 2 },
      'alpha',
    );
    expect(html([line])).toBe(
      '<p class="match-line"><span class="match-where">Matched the agreement’s name</span> (1 more match in this agreement)</p>',
    );
  });
});
