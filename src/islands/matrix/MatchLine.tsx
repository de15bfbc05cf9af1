import type { RowMatch } from '../../lib/matrixView/matches';
import { matchLine } from '../../components/search/matchLine';
import { MarkupView } from '../../components/search/MarkupView';

/** Under a matching row: which passage the search matched, with the match marked. */
export function MatchLine({ match, query }: { match: RowMatch; query: string }) {
  return <MarkupView markup={[matchLine(match, query)]} />;
}
