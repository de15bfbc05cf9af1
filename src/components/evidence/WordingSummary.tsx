import { withBase } from '../../lib/base';
import { formatPercent } from '../../lib/format';
import { wordingMeasurePath } from '../../lib/urls';
import { WORDING_CLASSES } from '../../lib/wording/classes';
import type { WordingResult } from '../../lib/wording/measure';

interface Props {
  result: WordingResult;
  /** Whose cell it is, when not the report's: e.g. "our editors' coding". */
  codedBy?: string | undefined;
}

/**
 * One line on how closely a cell's quotes follow the norm's 2015 GGE wording: the class (symbol and
 * words, drawn in the class's colour), the share of the GGE words shared, and a link saying the
 * measure is this site's, not the report's. One component for the pages and the islands.
 */
export function WordingSummary({ result, codedBy }: Props) {
  const wordingClass = WORDING_CLASSES[result.class];
  return (
    <p className="wording-summary">
      <span className={`wording-class is-${result.class}`}>
        <span className="symbol" aria-hidden="true">
          {wordingClass.symbol}
        </span>{' '}
        {wordingClass.label}
      </span>{' '}
      <span className="wording-share">
        {`${formatPercent(result.share)} of the GGE wording’s words shared`}
      </span>{' '}
      <a className="wording-method" href={withBase(wordingMeasurePath)}>
        {codedBy ? `This site’s measure, on ${codedBy}` : 'This site’s measure, not the report’s'}
      </a>
    </p>
  );
}
