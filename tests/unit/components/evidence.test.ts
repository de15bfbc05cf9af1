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
        '<blockquote class="passage">&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</blockquote>' +
        '<p class="meta"><span class="locator">Art. 2</span>' +
        '<a href="/sources/r/#q-a-n6-0" class="to-source">See it in the text below</a></p>' +
        '</li>' +
        '<li class="evidence kind-placeholder">' +
        '<p class="kind">Placeholder left in the report</p>' +
        '<p class="heading">Principles</p>' +
        '<p class="text passage">[list all nine principles]</p>' +
        '<p class="meta"></p>' +
        '</li></ol>',
    );
  });
});

describe('EvidenceItems as quote cards', () => {
  it('gives each passage its anchor, a permalink and a copy action, the list what the citation names', () => {
    const html = renderToStaticMarkup(
      createElement(EvidenceItems, {
        items: [
          { text: 'A quoted passage', kind: 'quote' },
          { text: '[missing]', kind: 'placeholder' },
        ],
        sourceHrefs: [],
        quotes: {
          pagePath: '/agreements/a/',
          agreement: HOSTILE,
          place: { part: 'norm', normId: 6, index: 2 },
          normTitle: 'Critical infrastructure',
          anchored: true,
        },
      }),
    );
    expect(html).toBe(
      '<ol class="evidence-list" role="list" data-cite-agreement="&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" data-cite-place="Norm 6: Critical infrastructure">' +
        '<li class="evidence kind-quote" id="norm-6-3">' +
        '<blockquote class="passage">A quoted passage</blockquote>' +
        '<p class="meta"><span class="quote-actions no-print">' +
        '<a href="/agreements/a/#norm-6-3" class="permalink">Permalink<span class="visually-hidden"> to this passage</span></a>' +
        '<button type="button" class="quote-copy" data-copy-quote="">Copy with citation</button>' +
        '<span class="quote-status" role="status"></span></span></p>' +
        '</li>' +
        '<li class="evidence kind-placeholder" id="norm-6-4">' +
        '<p class="kind">Placeholder left in the report</p>' +
        '<p class="text passage">[missing]</p>' +
        '<p class="meta"><span class="quote-actions no-print">' +
        '<a href="/agreements/a/#norm-6-4" class="permalink">Permalink<span class="visually-hidden"> to this passage</span></a>' +
        '</span></p>' +
        '</li></ol>',
    );
  });

  it('carries no anchors off the page that owns them', () => {
    const html = renderToStaticMarkup(
      createElement(EvidenceItems, {
        items: [{ text: 'A quoted passage', kind: 'quote' }],
        sourceHrefs: [],
        quotes: {
          pagePath: '/agreements/a/',
          agreement: 'A',
          place: { part: 'commentary', index: 0 },
        },
      }),
    );
    expect(html).not.toContain(' id=');
    expect(html).toContain('href="/agreements/a/#commentary-1"');
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
