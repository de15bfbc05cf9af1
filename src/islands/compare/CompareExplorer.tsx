import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  MAX_COMPARED,
  MIN_COMPARED,
  compareNorms,
  selectionNoticeParts,
  toggleCompared,
  type CompareSelection,
} from '../../lib/compare';
import { compareLinkSearch, rowsInView } from '../../lib/compareView';
import { useAgreementRecords } from '../shared/useAgreementRecords';
import { CompareFacts } from './CompareFacts';
import { CompareNorms } from './CompareNorms';
import { ComparePicker } from './ComparePicker';
import { CompareShare } from './CompareShare';
import { CompareViewControls } from './CompareViewControls';
import { CompareSummary } from './CompareSummary';
import { NameList } from './NameList';
import type { CompareCitation, CompareNorm, CompareOptionGroup } from './types';
import { useCompareSelection } from './useCompareSelection';
import { useCompareHead } from './useCompareHead';
import './compare.css';

export interface CompareExplorerProps {
  groups: CompareOptionGroup[];
  norms: CompareNorm[];
  /** The report's source id, for links into the source reader. */
  reportId: string;
  citation: CompareCitation;
}

/**
 * Two to four agreements side by side: the choice and the norms table's view live in the URL
 * (`?a=x,y&differ=1&norms=5,6`), the records come from `/data/agreements.json` once something is
 * chosen.
 */
export default function CompareExplorer({
  groups,
  norms,
  reportId,
  citation,
}: CompareExplorerProps) {
  const options = useMemo(() => groups.flatMap((g) => g.options), [groups]);
  const knownSlugs = useMemo(() => options.map((o) => o.slug), [options]);
  const normIds = useMemo(() => norms.map((n) => n.id), [norms]);
  const nameOf = (slug: string) => options.find((o) => o.slug === slug)?.shortName ?? slug;
  const [live, setLive] = useState(false);
  const [pickerOpen, setPickerOpen] = useState(true);
  // A link that already names enough agreements opens on the comparison, the picker folded away.
  const onRead = useCallback((read: CompareSelection) => {
    setPickerOpen(read.slugs.length < MIN_COMPARED);
  }, []);
  const { selection, view, choose, show } = useCompareSelection(knownSlugs, normIds, onRead);
  const { slugs } = selection;
  const statusRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLElement>(null);
  useCompareHead(slugs.map(nameOf), norms.length);

  useEffect(() => {
    setLive(true);
  }, []);
  const enough = slugs.length >= MIN_COMPARED;

  const records = useAgreementRecords(slugs.length > 0);
  const chosen = useMemo(
    () =>
      records.records
        ? slugs.flatMap((slug) => {
            const record = records.records.get(slug);
            return record ? [record] : [];
          })
        : [],
    [records.records, slugs],
  );
  const comparison = useMemo(() => compareNorms(chosen, norms), [chosen, norms]);
  const rows = rowsInView(comparison.rows, view);
  const remove = (slug: string) => {
    choose(toggleCompared(slugs, slug, false));
    statusRef.current?.focus();
  };

  const names = <NameList names={slugs.map(nameOf)} />;
  const status = !live ? null : slugs.length === 0 ? (
    `Choose ${MIN_COMPARED} to ${MAX_COMPARED} agreements to compare.`
  ) : !enough ? (
    <>Comparing {names} with… choose at least one more agreement.</>
  ) : (
    <>Comparing {names}</>
  );

  return (
    <div className="compare-explorer">
      {selectionNoticeParts(selection, nameOf).map((notice) => (
        <p className="notice" role="status" key={notice.lead}>
          <span aria-hidden="true">⚠ </span>
          {notice.lead}
          <NameList names={notice.names} quoted={notice.asGiven} />.
        </p>
      ))}
      {status && (
        <h2 className="compare-status" tabIndex={-1} ref={statusRef} aria-live="polite">
          {status}
        </h2>
      )}
      <ComparePicker
        groups={groups}
        chosen={slugs}
        live={live}
        open={pickerOpen}
        onOpenChange={setPickerOpen}
        summaryRef={summaryRef}
        onToggle={(slug, on) => {
          const next = toggleCompared(slugs, slug, on);
          choose(next);
          // The first tick that makes a comparison folds the picker, so the results come up
          // (focus moves to the summary, which says what is compared and reopens the picker).
          if (slugs.length < MIN_COMPARED && next.length >= MIN_COMPARED) {
            setPickerOpen(false);
            summaryRef.current?.focus();
          }
        }}
      />
      {enough && records.status === 'loading' && (
        <p className="compare-loading" aria-busy="true">
          Loading the agreements…
        </p>
      )}
      {enough && records.status === 'error' && (
        <p className="notice" role="alert">
          The agreements could not be loaded. Each one’s page has the same facts and evidence.
        </p>
      )}
      {enough && chosen.length === slugs.length && (
        <>
          <CompareShare
            names={slugs.map(nameOf)}
            search={compareLinkSearch(slugs, view)}
            citation={citation}
          />
          <CompareSummary comparison={comparison} nameOf={nameOf} />
          <CompareFacts agreements={chosen} normCount={norms.length} onRemove={remove} />
          <CompareViewControls norms={norms} view={view} shown={rows.length} onChange={show} />
          <CompareNorms agreements={chosen} rows={rows} reportId={reportId} onRemove={remove} />
        </>
      )}
    </div>
  );
}
