import { useEffect, useMemo, useState } from 'react';
import { CATEGORIES, type Category } from '../../schemas/values';
import { withBase } from '../../lib/base';
import {
  COMPARE_MAX,
  COMPARE_MIN,
  compareQuery,
  compareSummary,
  parseCompareSelection,
  type CompareSelection,
} from '../../lib/compare';
import type { ExportedAgreement } from '../../lib/exports';
import { agreementPath, paths } from '../../lib/urls';
import { useAgreementRecords } from '../shared/useAgreementRecords';
import { CompareTable } from './CompareTable';
import './compare.css';

export interface CompareViewProps {
  options: { slug: string; shortName: string; category: Category }[];
  norms: { id: number; slug: string; title: string }[];
  /** The report's source id, for links into the source reader. */
  reportId: string;
}

const EMPTY: CompareSelection = { slugs: [], unknown: [], overflow: [] };

/** Two to four agreements side by side; the choice lives in `?a=`. */
export default function CompareView({ options, norms, reportId }: CompareViewProps) {
  const known = useMemo(() => new Set(options.map((o) => o.slug)), [options]);
  const [selection, setSelection] = useState<CompareSelection>(EMPTY);
  const [hydrated, setHydrated] = useState(false);

  useEffect(() => {
    const read = () => {
      setSelection(parseCompareSelection(window.location.search, known));
    };
    read();
    setHydrated(true);
    window.addEventListener('popstate', read);
    return () => {
      window.removeEventListener('popstate', read);
    };
  }, [known]);

  const choose = (slug: string, on: boolean) => {
    const slugs = on ? [...selection.slugs, slug] : selection.slugs.filter((s) => s !== slug);
    setSelection({ slugs, unknown: [], overflow: [] });
    window.history.pushState(null, '', `${window.location.pathname}${compareQuery(slugs)}`);
  };

  const records = useAgreementRecords(selection.slugs.length >= COMPARE_MIN);
  const chosen = selection.slugs
    .map((slug) => records.records?.get(slug))
    .filter((a): a is ExportedAgreement => a !== undefined);
  const summary = compareSummary(
    chosen.map((a) => ({
      slug: a.slug,
      reflected: new Set(a.norms.filter((c) => c.reflected).map((c) => c.id)),
    })),
    norms.map((n) => n.id),
  );
  const name = (slug: string) => options.find((o) => o.slug === slug)?.shortName ?? slug;
  const normName = (id: number) => `${id} (${norms.find((n) => n.id === id)?.title ?? ''})`;

  return (
    <div className="compare">
      <form
        className="compare-picker"
        method="get"
        action={withBase(paths.compare)}
        onSubmit={(e) => {
          e.preventDefault();
        }}
      >
        <fieldset>
          <legend>Choose two to four agreements</legend>
          <div className="compare-options">
            {options.map((o) => {
              const checked = selection.slugs.includes(o.slug);
              return (
                <label key={o.slug} className="check">
                  <input
                    type="checkbox"
                    name="a"
                    value={o.slug}
                    checked={checked}
                    disabled={hydrated && !checked && selection.slugs.length >= COMPARE_MAX}
                    onChange={(e) => {
                      choose(o.slug, e.target.checked);
                    }}
                  />
                  {o.shortName} <span className="muted small">{CATEGORIES[o.category].label}</span>
                </label>
              );
            })}
          </div>
        </fieldset>
        {!hydrated && (
          <button type="submit" className="button primary">
            Compare the chosen agreements
          </button>
        )}
      </form>
      <div role="status" className="compare-status">
        {selection.unknown.length > 0 && (
          <p className="notice">
            Left out, because no agreement has this name:{' '}
            {selection.unknown.map((s) => `“${s}”`).join(', ')}.
          </p>
        )}
        {selection.overflow.length > 0 && (
          <p className="notice">
            At most {COMPARE_MAX} agreements side by side; left out:{' '}
            {selection.overflow.map(name).join(', ')}.
          </p>
        )}
        {hydrated && selection.slugs.length < COMPARE_MIN && (
          <p>
            {selection.slugs.length === 0
              ? 'Choose two to four agreements above.'
              : `${name(selection.slugs[0] ?? '')} is chosen; choose at least one more.`}
          </p>
        )}
        {records.status === 'loading' && <p>Loading the agreements…</p>}
        {records.status === 'error' && (
          <p>The agreements could not be loaded. Try again, or open their pages.</p>
        )}
      </div>
      {chosen.length >= COMPARE_MIN && (
        <>
          <section aria-labelledby="compare-summary" className="compare-summary">
            <h2 id="compare-summary">In short</h2>
            <dl>
              <dt>Norms all of them reflect</dt>
              <dd>{summary.all.length > 0 ? summary.all.map(normName).join(', ') : 'None'}</dd>
              <dt>Norms only some reflect</dt>
              <dd>
                {summary.some.length > 0 ? (
                  <ul>
                    {summary.some.map((s) => (
                      <li key={s.norm}>
                        Norm {normName(s.norm)}: {s.reflectedBy.map(name).join(', ')}
                      </li>
                    ))}
                  </ul>
                ) : (
                  'None'
                )}
              </dd>
              <dt>Norms none of them reflects</dt>
              <dd>{summary.none.length > 0 ? summary.none.map(normName).join(', ') : 'None'}</dd>
            </dl>
          </section>
          <CompareTable agreements={chosen} norms={norms} reportId={reportId} />
          <p className="small">
            Open the agreements:{' '}
            {chosen.map((a, i) => (
              <span key={a.slug}>
                {i > 0 ? ' · ' : ''}
                <a href={withBase(agreementPath(a.slug))}>{a.shortName}</a>
              </span>
            ))}
          </p>
        </>
      )}
    </div>
  );
}
