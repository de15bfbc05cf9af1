import type { Norm } from '../../schemas/norm';
import type { WordingResult } from '../../lib/wording/measure';
import { SharedRunsText } from './SharedRunsText';

interface Props {
  /** The norm's 2015 GGE wording as the report quotes it. */
  gge: NonNullable<Norm['gge']>;
  /** The cell's measure against it: its runs are marked on the GGE side. */
  wording: WordingResult;
}

/**
 * The norm's 2015 GGE wording under a measured cell's quotes, with the runs the quotes share marked:
 * one component for the agreement, norm and document pages and the matrix's evidence sheet.
 * Open where the GGE side says most: a cell that borrows phrases, whose few marked runs show which
 * part of the norm it took. A restatement's GGE text is its quote again, marked end to end, and a
 * cell in its own words has nothing marked: both stay a click away (and print open).
 */
export function GgeWording({ gge, wording }: Props) {
  const spans = wording.runs.map((run) => ({ start: run.ggeStart, end: run.ggeEnd }));
  return (
    <details className="gge-wording" open={wording.class === 'borrows-phrases'}>
      <summary>
        {spans.length > 0
          ? 'The 2015 GGE wording, shared words marked'
          : 'The 2015 GGE wording, to compare (no shared run to mark)'}
      </summary>
      <blockquote className="gge-text">
        <SharedRunsText text={gge.text} spans={spans} />
      </blockquote>
      <p className="gge-source small muted">{`Quoted in section ${gge.section} of the report.`}</p>
    </details>
  );
}
