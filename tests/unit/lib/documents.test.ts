import { describe, expect, it } from 'vitest';
import { compareCoding, differs, documentHighlights } from '../../../src/lib/documents';
import type { CodedDocument } from '../../../src/schemas/document';
import { agreement, cell, NORMS } from '../fixtures/records';

const doc = (reflected: number[]): CodedDocument => ({
  id: 'doc',
  codedBy: 'editors',
  shortName: 'Doc',
  relation: 'Related.',
  compareWith: ['a'],
  codingNote: 'Note.',
  norms: NORMS.map((n) =>
    reflected.includes(n.id) ? cell(n.id, 'yes', [`quote ${n.id}`]) : cell(n.id, 'n/a'),
  ),
});

describe('compareCoding', () => {
  it('splits norms into both, only the document, only the agreement', () => {
    const result = compareCoding(doc([3, 5, 6]), agreement('a', { 6: 'yes', 7: 'unlabeled' }));
    expect(result).toMatchObject({ both: [6], onlyDocument: [3, 5], onlyAgreement: [7] });
    expect(differs(result)).toBe(true);
  });

  it('finds no difference when both reflect the same norms', () => {
    expect(differs(compareCoding(doc([6]), agreement('a', { 6: 'yes' })))).toBe(false);
  });
});

describe('documentHighlights', () => {
  it('anchors each quote where it occurs in the text, across line breaks', () => {
    const text = 'Intro.\nquote\n3 and more. quote 6.';
    const [first, second] = documentHighlights(doc([3, 6]), text);
    expect(first?.id).toBe('q-doc-n3-1');
    expect(text.slice(first?.span.start, first?.span.end)).toBe('quote\n3');
    expect(second?.quotedAt.href).toBe('/documents/doc/#norm-6');
  });
});
