import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CATEGORIES, STAKEHOLDER_TYPES } from '../../schemas/values';
import { visibleRows, undatedHidden } from '../../lib/matrixView/filter';
import { columnTotals, yearBounds, type ViewColumn, type ViewRow } from '../../lib/matrixView/rows';
import { DEFAULT_VIEW, isFiltered, type MatrixView } from '../../lib/matrixView/state';
import type { EditorRow } from '../../lib/matrixView/editorRows';
import { EditorRowsTable } from './EditorRowsTable';
import { EvidencePanel } from './EvidencePanel';
import { MatrixControls } from './MatrixControls';
import { MatrixTable } from './MatrixTable';
import { useAgreementRecords } from '../shared/useAgreementRecords';
import { useMatrixView } from './useMatrixView';
import { useSearchMatches, type SearchState } from './useSearchMatches';
import './matrix.css';

export interface MatrixExplorerProps {
  rows: ViewRow[];
  columns: ViewColumn[];
  /** The report's source id, for links into the source reader. */
  reportId: string;
  /** Documents coded by the site's editors, shown apart when the `docs` switch is on. */
  editorRows: EditorRow[];
}

/** The sentence under the controls that says what the table shows (announced politely). */
function statusText(
  shown: number,
  total: number,
  view: MatrixView,
  search: SearchState,
  undated: number,
): string {
  if (search.status === 'loading') return 'Loading the search index…';
  if (search.status === 'error')
    return 'The search index could not be loaded; the other filters still work.';
  const parts = [`Showing ${shown} of ${total} agreements`];
  if (view.q.trim() !== '') parts.push(`matching “${view.q.trim()}”`);
  if (view.category) parts.push(`in the category ${CATEGORIES[view.category].label}`);
  if (view.stakeholder)
    parts.push(`with stakeholders: ${STAKEHOLDER_TYPES[view.stakeholder].label}`);
  if (view.norms.length > 0) parts.push(`reflecting norms ${view.norms.join(', ')}`);
  const undatedNote =
    undated > 0
      ? ` ${undated} agreements without a launch date are left out by the year filter.`
      : '';
  return `${parts.join(' ')}.${undatedNote}`;
}

/** The interactive matrix: controls, the table, and the evidence panel of the open cell. */
export default function MatrixExplorer({
  rows,
  columns,
  reportId,
  editorRows,
}: MatrixExplorerProps) {
  const knownSlugs = useMemo(() => new Set(rows.map((r) => r.slug)), [rows]);
  const [view, update] = useMatrixView(knownSlugs);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    setHydrated(true);
  }, []);

  const search = useSearchMatches(view.q);
  const shown = useMemo(
    () => visibleRows(rows, view, search.matches),
    [rows, view, search.matches],
  );
  const totals = useMemo(() => columnTotals(shown, columns), [shown, columns]);
  const years = useMemo(() => {
    const bounds = yearBounds(rows);
    return bounds
      ? Array.from({ length: bounds.max - bounds.min + 1 }, (_, i) => bounds.min + i)
      : [];
  }, [rows]);

  const open = view.cell;
  const openRow = open ? rows.find((r) => r.slug === open.slug) : undefined;
  const openColumn = open ? columns.find((c) => c.id === open.norm) : undefined;
  const openCell = openRow?.cells.find((c) => c.norm === open?.norm);
  const records = useAgreementRecords(open !== null);

  // Focus follows the reader: into the panel when they open a cell, back to the cell when they close it.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusPanel = useRef(false);
  useEffect(() => {
    if (open && focusPanel.current) {
      focusPanel.current = false;
      headingRef.current?.focus();
    }
  }, [open]);

  const openCellPanel = useCallback(
    (slug: string, norm: number) => {
      focusPanel.current = true;
      update({ cell: { slug, norm: norm as MatrixView['norms'][number] } });
    },
    [update],
  );
  const closePanel = useCallback(() => {
    if (!open) return;
    update({ cell: null });
    const trigger = document.querySelector<HTMLElement>(`[data-cell="${open.slug}:${open.norm}"]`);
    (trigger ?? document.getElementById('matrix-q'))?.focus();
  }, [open, update]);

  const undated = undatedHidden(rows, view);
  const caption = `${rows.length} agreements × ${columns.length} norms`;

  return (
    <div className="matrix-explorer">
      <MatrixControls
        view={view}
        columns={columns}
        years={years}
        enabled={hydrated}
        update={update}
        onReset={() => {
          update({ ...DEFAULT_VIEW, cell: view.cell });
        }}
        editorDocuments={editorRows.length}
      />
      <p className="matrix-status" role="status">
        {hydrated
          ? statusText(shown.length, rows.length, view, search, undated)
          : 'Search, filters and sorting start once the page’s script has loaded; the full table is below.'}
      </p>
      <p id="matrix-keys" className="small muted matrix-keys">
        {hydrated
          ? 'In the table, arrow keys move between cells; Enter opens a cell’s evidence, Escape closes it.'
          : 'Every cell is a link to its evidence on the agreement page.'}
      </p>
      <div className={`matrix-body${openRow && openColumn && openCell ? ' has-panel' : ''}`}>
        <div className="matrix-scroll">
          <MatrixTable
            caption={caption}
            rows={shown}
            columns={columns}
            totals={totals}
            matches={search.matches}
            query={view.q}
            openCell={open}
            markUnlabeled={view.unlabeled}
            interactive={hydrated}
            onOpen={openCellPanel}
            onEscape={closePanel}
          />
          {shown.length === 0 && (
            <p className="matrix-empty">
              No agreement matches this view.{' '}
              {isFiltered(view) && (
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    update({ ...DEFAULT_VIEW });
                  }}
                >
                  Show all agreements
                </button>
              )}
            </p>
          )}
          {view.docs && <EditorRowsTable rows={editorRows} columns={columns} />}
        </div>
        {openRow && openColumn && openCell && (
          <EvidencePanel
            row={openRow}
            column={openColumn}
            cell={openCell}
            records={records}
            reportId={reportId}
            headingRef={headingRef}
            onClose={closePanel}
          />
        )}
      </div>
    </div>
  );
}
