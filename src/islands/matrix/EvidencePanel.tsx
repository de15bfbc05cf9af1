import type { Ref } from 'react';
import { withBase } from '../../lib/base';
import { cellFor } from '../../lib/agreements';
import { CELL_ISSUE_LABELS } from '../../lib/cellIssues';
import type { CellSummary, MatrixAgreement, MatrixNorm } from '../../lib/matrix';
import { agreementNormPath, normPath } from '../../lib/urls';
import { EvidenceItems } from '../../components/evidence/EvidenceItems';
import { ReportLabel } from '../../components/evidence/ReportLabel';
import { reportCellHrefs } from '../../components/evidence/sourceHrefs';
import type { RecordsState } from '../shared/useAgreementRecords';

interface Props {
  row: MatrixAgreement;
  column: MatrixNorm;
  cell: CellSummary;
  records: RecordsState;
  /** The report's source id, for links into the source reader. */
  reportId: string;
  headingRef: Ref<HTMLHeadingElement>;
  onClose: () => void;
}

/** The evidence of one agreement×norm cell, beside or below the table. */
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
  return (
    <section
      className="evidence-panel"
      id="evidence-panel"
      aria-labelledby="evidence-panel-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="panel-head">
        <h2 id="evidence-panel-title" tabIndex={-1} ref={headingRef}>
          {row.shortName} <span className="muted">×</span> Norm {column.id}: {column.title}
        </h2>
        <button type="button" className="button close" onClick={onClose}>
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
      {records.status === 'error' && (
        <p>The evidence could not be loaded. It is on the agreement page (link below).</p>
      )}
      {(records.status === 'loading' || records.status === 'idle') && (
        <p aria-busy="true">Loading the evidence…</p>
      )}
      {recordCell?.note && (
        <p className="editor-note">
          <strong>Editors’ note (ours, not the report’s):</strong> {recordCell.note}
        </p>
      )}
      {recordCell?.evidence.length === 0 && <p>The report gives no evidence for this norm.</p>}
      {recordCell && recordCell.evidence.length > 0 && (
        <EvidenceItems
          items={recordCell.evidence}
          sourceHrefs={reportCellHrefs(reportId, row.slug, column.id, recordCell.evidence.length)}
        />
      )}
      <p className="panel-links">
        <a href={withBase(agreementNormPath(row.slug, column.id))}>
          Open this cell on the {row.shortName} page
        </a>
        <a href={withBase(normPath(column.slug))}>Every agreement on norm {column.id}</a>
      </p>
    </section>
  );
}
