import { describe, expect, it } from 'vitest';
import { gatherLists, inlineRuns } from '../../../src/lib/sourceMarkdown';
import { paragraphBlocks, renderBlocks } from '../../../src/lib/sourceReader';

describe('gatherLists', () => {
  it('gathers consecutive items into one list and leaves other blocks alone', () => {
    const doc = '### Heading\n\n- one\n- two\n\nBetween.\n\n3. three\n4. four';
    const nodes = gatherLists(renderBlocks(doc, paragraphBlocks(doc), []));
    expect(
      nodes.map((n) =>
        n.kind === 'list'
          ? { list: n.ordered ? 'ol' : 'ul', start: n.start, items: n.items.map((i) => i.id) }
          : { block: n.block.kind, id: n.block.id },
      ),
    ).toEqual([
      { block: 'heading', id: 'p-1' },
      { list: 'ul', start: 1, items: ['p-2', 'p-3'] },
      { block: 'paragraph', id: 'p-4' },
      { list: 'ol', start: 3, items: ['p-5', 'p-6'] },
    ]);
  });
});

describe('inlineRuns', () => {
  it.each([
    [
      'a **b** c',
      [
        { text: 'a ', strong: false },
        { text: 'b', strong: true },
        { text: ' c', strong: false },
      ],
    ],
    ['no bold', [{ text: 'no bold', strong: false }]],
    ['a ** lone', [{ text: 'a ** lone', strong: false }]],
    ['<b>x</b>', [{ text: '<b>x</b>', strong: false }]],
  ])('splits “%s”', (text, expected) => {
    expect(inlineRuns(text)).toEqual(expected);
  });
});
