import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EvidenceItems } from '../../../src/components/evidence/EvidenceItems';
import { ReportLabel } from '../../../src/components/evidence/ReportLabel';
import { reportCellHrefs } from '../../../src/components/evidence/sourceHrefs';

const HOSTILE = '</script><img src=x onerror=alert(1)>';

describe('ReportLabel', () => {
  it.each([
    [
      'yes',
      undefined,
      '<span class="report-label is-yes"><span class="symbol" aria-hidden="true">✓</span>Yes</span>',
    ],
    [
      'n/a',
      undefined,
      '<span class="report-label is-na"><span class="symbol" aria-hidden="true">–</span>N/A</span>',
    ],
    [
      'yes',
      'Yes (indirectly)',
      '<span class="report-label is-yes"><span class="symbol" aria-hidden="true">✓</span>Yes (indirectly)</span>',
    ],
    [
      'unlabeled',
      'ignored',
      '<span class="report-label is-unlabeled"><span class="symbol" aria-hidden="true">?</span>No marker</span>',
    ],
  ] as const)('draws a %s label (wording %s)', (label, wording, expected) => {
    expect(renderToStaticMarkup(createElement(ReportLabel, { label, wording }))).toBe(expected);
  });
});

describe('EvidenceItems', () => {
  it('draws each passage with its kind, heading, locator and link, text as text', () => {
    const html = renderToStaticMarkup(
      createElement(EvidenceItems, {
        items: [
          { text: HOSTILE, kind: 'quote', locator: 'Art. 2' },
          { text: '[list all nine principles]', kind: 'placeholder', heading: 'Principles' },
        ],
        sourceHrefs: ['/sources/r/#q-a-n6-0'],
        sourceName: 'the text below',
      }),
    );
    expect(html).toBe(
      '<ol class="evidence-list" role="list">' +
        '<li class="evidence kind-quote">' +
        '<blockquote>&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</blockquote>' +
        '<p class="meta"><span class="locator">Art. 2</span>' +
        '<a href="/sources/r/#q-a-n6-0" class="to-source">See it in the text below</a></p>' +
        '</li>' +
        '<li class="evidence kind-placeholder">' +
        '<p class="kind">Placeholder left in the report</p>' +
        '<p class="heading">Principles</p>' +
        '<p class="text">[list all nine principles]</p>' +
        '<p class="meta"></p>' +
        '</li></ol>',
    );
  });
});

describe('reportCellHrefs', () => {
  it('links passage i of a cell to its anchor in the report reader, counted from 1', () => {
    expect(reportCellHrefs('report', 'paris-call', 6, 2)).toEqual([
      '/sources/report/#q-paris-call-n6-1',
      '/sources/report/#q-paris-call-n6-2',
    ]);
  });
});
