import { describe, expect, it } from 'vitest';
import {
  paragraphBlocks,
  renderBlocks,
  segmentSpan,
  tidyWhitespace,
  type Highlight,
} from '../../../src/lib/sourceReader';

const quotedAt = { href: '/agreements/a/#norm-1', label: 'A, norm 1' };
const text = 'one two three four five six';

describe('segmentSpan', () => {
  it('cuts plain and quoted runs in order', () => {
    const highlights: Highlight[] = [{ id: 'q1', span: { start: 4, end: 13 }, quotedAt }];
    expect(segmentSpan(text, { start: 0, end: text.length }, highlights)).toEqual([
      { kind: 'text', text: 'one ' },
      { kind: 'passage', text: 'two three', anchors: ['q1'], quotedAt: [quotedAt] },
      { kind: 'text', text: ' four five six' },
    ]);
  });

  it('merges overlapping passages and keeps every anchor', () => {
    const other = { href: '/agreements/a/#norm-2', label: 'A, norm 2' };
    const highlights: Highlight[] = [
      { id: 'q1', span: { start: 4, end: 13 }, quotedAt },
      { id: 'q2', span: { start: 8, end: 18 }, quotedAt: other },
    ];
    const passages = segmentSpan(text, { start: 0, end: text.length }, highlights).filter(
      (s) => s.kind === 'passage',
    );
    expect(passages).toEqual([
      {
        kind: 'passage',
        text: 'two three four',
        anchors: ['q1', 'q2'],
        quotedAt: [quotedAt, other],
      },
    ]);
  });

  it('lists a place once when two anchors are quoted at the same place', () => {
    const highlights: Highlight[] = [
      { id: 'q1', span: { start: 4, end: 7 }, quotedAt },
      { id: 'q2', span: { start: 4, end: 7 }, quotedAt },
    ];
    const [, passage] = segmentSpan(text, { start: 0, end: text.length }, highlights);
    expect(passage).toMatchObject({ anchors: ['q1', 'q2'], quotedAt: [quotedAt] });
  });

  it('clips a passage to the span being cut', () => {
    const highlights: Highlight[] = [{ id: 'q1', span: { start: 0, end: 13 }, quotedAt }];
    expect(segmentSpan(text, { start: 8, end: 18 }, highlights)[0]).toMatchObject({
      kind: 'passage',
      text: 'three',
    });
  });
});

describe('paragraphBlocks', () => {
  it('numbers paragraphs, headings and list items in reading order', () => {
    const doc =
      '## Title\n\nFirst paragraph\ncontinues here.\n\n- Item one\n- Item two\nwraps.\n\nLast.';
    const blocks = paragraphBlocks(doc);
    expect(blocks.map((b) => [b.id, b.kind, doc.slice(b.span.start, b.span.end)])).toEqual([
      ['p-1', 'heading', 'Title'],
      ['p-2', 'paragraph', 'First paragraph\ncontinues here.'],
      ['p-3', 'item', 'Item one'],
      ['p-4', 'item', 'Item two\nwraps.'],
      ['p-5', 'paragraph', 'Last.'],
    ]);
  });

  it('reads Markdown headings, bold headings, bullets and numbers as structure, markers left out', () => {
    const doc = '### **Promoting security**\n\n* Star item\n1. First\n12. Twelfth\n#### Plain';
    expect(
      paragraphBlocks(doc).map((b) => ({
        kind: b.kind,
        text: doc.slice(b.span.start, b.span.end),
        level: b.level,
        list: b.list,
      })),
    ).toEqual([
      { kind: 'heading', text: 'Promoting security', level: 3, list: undefined },
      { kind: 'item', text: 'Star item', level: undefined, list: { ordered: false } },
      { kind: 'item', text: 'First', level: undefined, list: { ordered: true, number: 1 } },
      { kind: 'item', text: 'Twelfth', level: undefined, list: { ordered: true, number: 12 } },
      { kind: 'heading', text: 'Plain', level: 4, list: undefined },
    ]);
  });

  it('still marks a quote inside a list item, its marker outside the passage', () => {
    const doc = '- We pledge to take decisive measures.';
    const start = doc.indexOf('take');
    const highlights: Highlight[] = [
      { id: 'q1', span: { start, end: start + 'take decisive'.length }, quotedAt },
    ];
    const [item] = renderBlocks(doc, paragraphBlocks(doc), highlights);
    expect(item).toEqual({
      id: 'p-1',
      kind: 'item',
      list: { ordered: false },
      segments: [
        { kind: 'text', text: 'We pledge to ' },
        { kind: 'passage', text: 'take decisive', anchors: ['q1'], quotedAt: [quotedAt] },
        { kind: 'text', text: ' measures.' },
      ],
    });
  });
});

describe('tidyWhitespace', () => {
  it('turns a single blank line into a line break and longer runs into a paragraph break', () => {
    expect(tidyWhitespace('a \n\nb\n \n\nc')).toBe('a\nb\n\nc');
  });
});

describe('renderBlocks', () => {
  it('separates a section heading from its body', () => {
    const doc = 'I. Alpha\nbody text';
    const [block] = renderBlocks(
      doc,
      [
        {
          id: 'agreement-alpha',
          kind: 'section',
          span: { start: 0, end: doc.length },
          headingEnd: 8,
        },
      ],
      [],
    );
    expect(block).toEqual({
      id: 'agreement-alpha',
      kind: 'section',
      heading: 'I. Alpha',
      segments: [{ kind: 'text', text: '\nbody text' }],
    });
  });

  it('keeps a quote’s anchor on its first block and its back link on its last', () => {
    const doc = 'one two\n\n\nthree four';
    const quotedAt = { href: '/agreements/alpha/#norm-1', label: 'Alpha, norm 1' };
    const blocks = renderBlocks(
      doc,
      [
        { id: 'p-1', kind: 'paragraph', span: { start: 0, end: 7 } },
        { id: 'p-2', kind: 'paragraph', span: { start: 10, end: doc.length } },
      ],
      [{ id: 'q-alpha-n1-1', span: { start: 4, end: 15 }, quotedAt }],
    );
    expect(blocks.map((b) => b.segments)).toEqual([
      [
        { kind: 'text', text: 'one ' },
        { kind: 'passage', text: 'two', anchors: ['q-alpha-n1-1'], quotedAt: [] },
      ],
      [
        { kind: 'passage', text: 'three', anchors: [], quotedAt: [quotedAt] },
        { kind: 'text', text: ' four' },
      ],
    ]);
  });
});
