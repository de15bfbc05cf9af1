import { withBase } from '../../lib/base';
import type { RowMatch } from '../../lib/matrixView/matches';
import { excerptSegments, highlightRanges } from '../../lib/search/excerpt';
import { placeOf } from '../../lib/search/groupResults';
import { element, markedText, type MarkupElement } from './hitMarkup';

/** Characters shown either side of the first match in a long passage of the matrix's match line. */
const MATCH_RADIUS = 90;

/** Under a matching row of the matrix: which passage the search matched, with the match marked. */
export function matchLine({ best, count }: RowMatch, query: string): MarkupElement {
  const { doc, ranges } = best;
  const more =
    count > 1 ? ` (${count - 1} more match${count > 2 ? 'es' : ''} in this agreement)` : '';
  if (doc.type === 'agreement' && ranges.length === 0)
    return element('p', 'match-line', [
      element('span', 'match-where', ['Matched the agreement’s name']),
      more,
    ]);
  const where =
    doc.type === 'agreement' ? 'The agreement’s name, organisation or description' : placeOf(doc);
  const text = doc.type === 'norm' ? '' : doc.text;
  const excerpt = excerptSegments(text, highlightRanges(text, query, ranges), {
    radius: MATCH_RADIUS,
  });
  return element('p', 'match-line', [
    element('span', 'match-where', [`${where}:`]),
    ' ',
    element('q', 'match-text', markedText(excerpt)),
    ' ',
    element('a', '', ['Read it in context'], withBase(doc.href)),
    more,
  ]);
}
