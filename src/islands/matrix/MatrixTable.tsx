import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { CATEGORIES } from '../../schemas/values';
import { withBase } from '../../lib/base';
import { cellFor } from '../../lib/agreements';
import { cellLook, cellName } from '../../lib/matrixView/cellLook';
import type { CellShading } from '../../lib/matrixView/wordingLook';
import { reflectedCount, type MatrixAgreement, type MatrixNorm } from '../../lib/matrix';
import { agreementNormPath, agreementPath } from '../../lib/urls';
import type { RowMatch } from '../../lib/matrixView/matches';
import { MatchLine } from './MatchLine';
import { MatrixHead } from './MatrixHead';
import { nextPosition, type GridPosition } from './gridKeys';

interface Props {
  caption: string;
  rows: readonly MatrixAgreement[];
  columns: readonly MatrixNorm[];
  /** Per-norm totals over `rows`. */
  totals: readonly number[];
  matches: ReadonlyMap<string, RowMatch> | null;
  /** The search text, to mark where it occurs in a matched passage. */
  query: string;
  openCell: { slug: string; norm: number } | null;
  /** The norms the view filters by: their columns are highlighted. */
  highlighted: readonly number[];
  /** Mark the cells the report left unlabeled (the "unlabeled" filter). */
  markUnlabeled: boolean;
  /** What the cells are shaded by: the report's coding or this site's wording measure. */
  shading: CellShading;
  /** False while the page is still static: links behave as plain links, no roving focus. */
  interactive: boolean;
  onOpen: (slug: string, norm: number) => void;
  onEscape: () => void;
}

/** The agreement-by-norm table. Each cell links to its block on the agreement page. */
export function MatrixTable(props: Props) {
  const { rows, columns, totals, matches, openCell, highlighted, markUnlabeled, interactive } =
    props;
  const tableRef = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 0 });

  // Keep the roving focus inside the table when filtering shrinks it.
  useEffect(() => {
    setActive((p) => ({
      row: Math.min(p.row, Math.max(0, rows.length - 1)),
      col: Math.min(p.col, columns.length - 1),
    }));
  }, [rows.length, columns.length]);

  const focusCell = (position: GridPosition) => {
    setActive(position);
    tableRef.current
      ?.querySelector<HTMLElement>(`[data-row="${position.row}"][data-col="${position.col}"]`)
      ?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>, position: GridPosition) => {
    if (!interactive) return;
    if (event.key === 'Escape') {
      props.onEscape();
      return;
    }
    if (event.key === ' ') {
      event.preventDefault();
      event.currentTarget.click();
      return;
    }
    const next = nextPosition(event, position, { rows: rows.length, cols: columns.length });
    if (next) {
      event.preventDefault();
      focusCell(next);
    }
  };

  const onClick = (event: MouseEvent<HTMLAnchorElement>, slug: string, norm: number) => {
    if (!interactive || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    props.onOpen(slug, norm);
  };

  const width = columns.length + 2;
  return (
    <table
      className="matrix-table"
      ref={tableRef}
      aria-describedby={interactive ? 'matrix-keys' : undefined}
    >
      <caption>{props.caption}</caption>
      <MatrixHead corner="Agreement" columns={columns} highlighted={highlighted} />
      <tbody>
        {rows.map((row, r) => {
          const match = matches?.get(row.slug);
          return [
            <tr key={row.slug} className={match ? 'has-match' : undefined}>
              <th scope="row" className="agreement-head">
                <a href={withBase(agreementPath(row.slug))}>{row.shortName}</a>
                <span className="category">{CATEGORIES[row.category.value].label}</span>
              </th>
              {columns.map((column, c) => {
                const cell = cellFor(row, column.id);
                const isOpen = openCell?.slug === row.slug && openCell.norm === column.id;
                const emphasised = markUnlabeled && cell.label === 'unlabeled';
                const chosen = highlighted.includes(column.id);
                const noted = cell.issues.length > 0;
                const look = cellLook(cell, props.shading);
                return (
                  <td
                    key={column.id}
                    className={
                      [emphasised ? 'is-emphasised' : '', chosen ? 'is-chosen' : '']
                        .join(' ')
                        .trim() || undefined
                    }
                  >
                    <a
                      className={`${look.classes} matrix-cell${isOpen ? ' is-open' : ''}`}
                      href={withBase(agreementNormPath(row.slug, column.id))}
                      data-row={r}
                      data-col={c}
                      data-cell={`${row.slug}:${column.id}`}
                      tabIndex={
                        interactive ? (active.row === r && active.col === c ? 0 : -1) : undefined
                      }
                      onFocus={() => {
                        setActive({ row: r, col: c });
                      }}
                      onKeyDown={(event) => {
                        onKeyDown(event, { row: r, col: c });
                      }}
                      onClick={(event) => {
                        onClick(event, row.slug, column.id);
                      }}
                    >
                      <span aria-hidden="true">{look.symbol}</span>
                      {noted && (
                        <span className="note-mark" aria-hidden="true">
                          *
                        </span>
                      )}
                      <span className="visually-hidden">
                        {cellName(row, column, cell, props.shading)}
                        {isOpen ? ' (evidence shown)' : ''}
                      </span>
                    </a>
                  </td>
                );
              })}
              <td className="row-total">{reflectedCount(row)}</td>
            </tr>,
            match && (
              <tr key={`${row.slug}-match`} className="match-row">
                <td colSpan={width}>
                  <MatchLine match={match} query={props.query} />
                </td>
              </tr>
            ),
          ];
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">
            Agreements reflecting each norm{rows.length > 0 ? ` (of ${rows.length} shown)` : ''}
          </th>
          {totals.map((total, i) => {
            const id = columns[i]?.id ?? i;
            return (
              <td key={id} className={highlighted.includes(id) ? 'is-chosen' : undefined}>
                {total}
              </td>
            );
          })}
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
