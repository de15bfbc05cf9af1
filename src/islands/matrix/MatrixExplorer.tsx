import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { cellFor } from '../../lib/agreements';
import type { MatrixAgreement, MatrixDocument, MatrixNorm } from '../../lib/matrix';
import { columnTotals, yearBounds } from '../../lib/matrixView/rows';
import { isFiltered, resetView, type MatrixView } from '../../lib/matrixView/state';
import { describeView, matrixCaption, visibleRows } from '../../lib/matrixView/view';
import { EditorRowsTable } from './EditorRowsTable';
import { EvidencePanel } from './EvidencePanel';
import { MatrixControls } from './MatrixControls';
import { MatrixTable } from './MatrixTable';
import { useAgreementRecords } from '../shared/useAgreementRecords';
import { useMatrixView } from './useMatrixView';
import { useSearchMatches, type SearchState } from './useSearchMatches';
import './matrix.css';
import './matrix-table.css';
import './evidence-sheet.css';

export interface MatrixExplorerProps {
  /** The report's agreements, in report order (`matrixAgreement`). */
  rows: MatrixAgreement[];
  /** The 11 norms, in norm order. */
  columns: MatrixNorm[];
  /** The report's source id, for links into the source reader. */
  reportId: string;
  /** Documents coded by the site's editors, shown apart when the `docs` switch is on. */
  editorRows: MatrixDocument[];
  /** The legend of the report's four looks (the page's `CellLegend`, an Astro slot). */
  reportLegend?: ReactNode;
  /** The legend of the wording view: the three classes and "not measured" (an Astro slot). */
  wordingLegend?: ReactNode;
}

/** The sentence under the controls that says what the table shows (announced politely). */
function statusText(
  view: MatrixView,
  shown: number,
  rows: readonly MatrixAgreement[],
  search: SearchState,
): string {
  if (search.status === 'loading') return 'Loading the search index…';
  if (search.status === 'error')
    return 'The search index could not be loaded; the other filters still work.';
  return describeView(view, shown, rows);
}

/** The interactive matrix: controls, the table, and the evidence panel of the open cell. */
export default function MatrixExplorer({
  rows,
  columns,
  reportId,
  editorRows,
  reportLegend,
  wordingLegend,
}: MatrixExplorerProps) {
  const knownSlugs = useMemo(() => new Set(rows.map((r) => r.slug)), [rows]);
  const [view, update] = useMatrixView(knownSlugs);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    setHydrated(true);
  }, []);

  const search = useSearchMatches(view.q);
  const shown = useMemo(
    () => visibleRows(rows, view, { matches: search.matches }),
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
  const openCell = openRow && open ? cellFor(openRow, open.norm) : undefined;
  const records = useAgreementRecords(open !== null);

  // Focus follows the reader into the panel when they open a cell. A cell opened by the address
  // (a shared link, back or forward) is scrolled into view instead, and focus stays where it is.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusPanel = useRef(false);
  useEffect(() => {
    if (!open) return;
    if (focusPanel.current) {
      focusPanel.current = false;
      headingRef.current?.focus();
      return;
    }
    document
      .querySelector(`[data-cell="${open.slug}:${open.norm}"]`)
      ?.scrollIntoView({ block: 'center' });
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

  const caption = matrixCaption(shown.length, view.norms.length, columns.length, view.shading);

  return (
    <div className="matrix-explorer" data-shading={view.shading}>
      {view.shading === 'wording' ? wordingLegend : reportLegend}
      <a
        className="skip-to-matrix"
        href="#matrix-grid"
        onClick={(event) => {
          // Straight onto the grid's one tab stop, past the bar and the 11 norm links of the head.
          const cell = document.querySelector<HTMLElement>(
            '#matrix-grid .matrix-cell[tabindex="0"]',
          );
          if (!cell) return;
          event.preventDefault();
          cell.focus();
        }}
      >
        Skip to the matrix
      </a>
      <MatrixControls
        view={view}
        columns={columns}
        years={years}
        enabled={hydrated}
        update={update}
        onReset={() => {
          update(resetView(view, true));
        }}
        editorDocuments={editorRows.length}
      />
      <div className="matrix-status-row">
        <p className="matrix-status" role="status">
          {hydrated
            ? statusText(view, shown.length, rows, search)
            : 'Search, filters and sorting start once the page’s script has loaded; the full table is below.'}
        </p>
        <p id="matrix-keys" className="small muted matrix-keys">
          {hydrated
            ? 'In the table, arrow keys move between cells; Enter opens a cell’s evidence, Escape closes it.'
            : 'Every cell is a link to its evidence on the agreement page.'}
        </p>
      </div>
      <div className="matrix-body">
        <div className="matrix-scroll" id="matrix-grid" tabIndex={-1}>
          <MatrixTable
            caption={caption}
            rows={shown}
            columns={columns}
            totals={totals}
            matches={search.matches}
            query={view.q}
            openCell={open}
            highlighted={view.norms}
            markUnlabeled={view.unlabeled}
            shading={view.shading}
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
                    update(resetView(view, false));
                  }}
                >
                  Show all agreements
                </button>
              )}
            </p>
          )}
          {view.docs && (
            <EditorRowsTable documents={editorRows} columns={columns} shading={view.shading} />
          )}
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
