import { withBase } from '../../lib/base';
import { excerptSegments, highlightRanges } from '../../lib/search/excerpt';
import type { RowMatch } from '../../lib/matrixView/matches';
import { Highlighted } from '../shared/Highlighted';

/** Characters shown either side of the first match in a long passage. */
const EXCERPT_RADIUS = 90;

/** Under a matching row: which passage the search matched, with the match marked. */
export function MatchLine({ match, query }: { match: RowMatch; query: string }) {
  const { doc, ranges } = match.best;
  const more =
    match.count > 1
      ? ` (${match.count - 1} more match${match.count > 2 ? 'es' : ''} in this agreement)`
      : '';
  const where =
    doc.type === 'quote'
      ? doc.normId !== null
        ? `Evidence for norm ${doc.normId}${doc.locator ? `, ${doc.locator}` : ''}`
        : 'The report’s framing'
      : doc.type === 'additional-norm'
        ? 'An additional norm'
        : 'The agreement’s name, organisation or description';
  const text = doc.type === 'norm' ? '' : doc.text;
  if (doc.type === 'agreement' && ranges.length === 0) {
    return (
      <p className="match-line">
        <span className="match-where">Matched the agreement’s name</span>
        {more}
      </p>
    );
  }
  return (
    <p className="match-line">
      <span className="match-where">{where}:</span>{' '}
      <q className="match-text">
        <Highlighted
          segments={excerptSegments(text, highlightRanges(text, query, ranges), {
            radius: EXCERPT_RADIUS,
          })}
        />
      </q>{' '}
      <a href={withBase(doc.href)}>Read it in context</a>
      {more}
    </p>
  );
}
