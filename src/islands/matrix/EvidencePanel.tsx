import { useLayoutEffect, useRef, type RefObject } from 'react';
import { withBase } from '../../lib/base';
import { cellFor } from '../../lib/agreements';
import { CELL_ISSUE_LABELS } from '../../lib/cellIssues';
import type { CellSummary, MatrixAgreement, MatrixNorm } from '../../lib/matrix';
import { describeWording, expandWording } from '../../lib/matrixView/wordingLook';
import { agreementNormPath, agreementPath, normPath, wordingMeasurePath } from '../../lib/urls';
import { EvidenceItems, normQuotes } from '../../components/evidence/EvidenceItems';
import { ReportLabel } from '../../components/evidence/ReportLabel';
import { GgeWording } from '../../components/evidence/GgeWording';
import { WordingSummary } from '../../components/evidence/WordingSummary';
import { reportCellHrefs } from '../../components/evidence/sourceHrefs';
import type { RecordsState } from '../shared/useAgreementRecords';

interface Props {
  row: MatrixAgreement;
  column: MatrixNorm;
  cell: CellSummary;
  records: RecordsState;
  /** The report's source id, for links into the source reader. */
  reportId: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onClose: () => void;
}

/**
 * Below this width the panel is a modal bottom sheet (focus moves in, the page behind is inert);
 * above it a side sheet over the page, beside the grid, which stays usable. Either way it floats
 * over the page, so opening a cell never moves the table's columns. Keep in step with matrix.css.
 */
const SHEET_QUERY = '(max-width: 74.99rem)';

/** The evidence of one agreement×norm cell, in a sheet over the page. */
export function EvidencePanel({
  row,
  column,
  cell,
  records,
  reportId,
  headingRef,
  onClose,
}: Props) {
  const record = records.records?.get(row.slug);
  const recordCell = record && cellFor(record, column.id);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const wording =
    cell.wording && column.gge ? expandWording(cell.wording, column.gge.text) : undefined;

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (window.matchMedia(SHEET_QUERY).matches) {
      dialog.showModal();
      headingRef.current?.focus();
    } else {
      dialog.show();
    }
    return () => {
      dialog.close();
    };
  }, [headingRef]);

  // Close the dialog before the parent moves focus back to the cell: a modal keeps the page inert.
  const close = () => {
    dialogRef.current?.close();
    onClose();
  };

  return (
    <dialog
      ref={dialogRef}
      className="evidence-panel"
      id="evidence-panel"
      aria-labelledby="evidence-panel-title"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault(); // one close, not a second one from the dialog's own cancel
        close();
      }}
      onClick={(event) => {
        // A click on the dialog itself, not its content, is a click on the backdrop of the sheet.
        if (event.target === event.currentTarget) close();
      }}
    >
      <div className="panel-body">
        <div className="panel-head">
          <h2 id="evidence-panel-title" tabIndex={-1} ref={headingRef}>
            {row.shortName} <span className="muted">×</span> Norm {column.id}: {column.title}
          </h2>
          <button type="button" className="button close" onClick={close}>
            Close <span className="visually-hidden">the evidence panel</span>
            <kbd aria-hidden="true">Esc</kbd>
          </button>
        </div>
        <dl className="panel-status">
          <div>
            <dt>Report’s label</dt>
            <dd>
              <ReportLabel label={cell.label} wording={cell.labelWording} />
            </dd>
          </div>
          <div>
            <dt>Counted as reflected</dt>
            <dd>{cell.reflected ? 'Yes' : 'No'}</dd>
          </div>
        </dl>
        {cell.issues.length > 0 && (
          <ul className="panel-issues">
            {cell.issues.map((issue) => (
              <li key={issue.kind}>{CELL_ISSUE_LABELS[issue.kind]}</li>
            ))}
          </ul>
        )}
        {wording ? (
          <WordingSummary result={wording} />
        ) : (
          <p className="wording-summary">
            {`Wording not measured: ${describeWording(cell)}. `}
            <a className="wording-method" href={withBase(wordingMeasurePath)}>
              This site’s measure, not the report’s
            </a>
          </p>
        )}
        {records.status === 'error' && (
          <p>The evidence could not be loaded. It is on the agreement page (link below).</p>
        )}
        {(records.status === 'loading' || records.status === 'idle') && (
          <p aria-busy="true">Loading the evidence…</p>
        )}
        {recordCell?.evidence.length === 0 && <p>The report gives no evidence for this norm.</p>}
        {recordCell && recordCell.evidence.length > 0 && (
          <EvidenceItems
            items={recordCell.evidence}
            sourceHrefs={reportCellHrefs(reportId, row.slug, column.id, recordCell.evidence.length)}
            quotes={normQuotes({ pagePath: agreementPath(row.slug), name: row.shortName }, column)}
            wording={wording}
          />
        )}
        {wording && column.gge && <GgeWording gge={column.gge} wording={wording} />}
        {recordCell?.note && (
          <p className="editor-note">
            <strong>Editors’ note (ours, not the report’s):</strong> {recordCell.note}
          </p>
        )}
        <p className="panel-links">
          <a href={withBase(agreementNormPath(row.slug, column.id))}>
            Open this cell on the {row.shortName} page
          </a>
          <a href={withBase(normPath(column.slug))}>Every agreement on norm {column.id}</a>
        </p>
      </div>
    </dialog>
  );
}
