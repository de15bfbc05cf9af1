import type { Evidence } from '../../schemas/evidence';
import { EVIDENCE_KINDS } from '../../schemas/values';
import { withBase } from '../../lib/base';
import { quotePlaceLabel } from '../../lib/quoteCitation';
import { evidenceItemId, evidenceItemPath, type EvidencePlace } from '../../lib/urls';
import type { WordingResult } from '../../lib/wording/measure';
import { QuoteActions } from './QuoteActions';
import { SharedRunsText } from './SharedRunsText';

/** Where a list of passages belongs, so that each gets a permalink and a "copy with citation". */
export interface QuoteCardContext {
  /** Site path of the page that lists the passages with their anchors, e.g. `/agreements/paris-call/`. */
  pagePath: string;
  /** The agreement's (or coded document's) short name. */
  agreement: string;
  /** Where the first item sits in the record; item `i` is at `place.index + i`. */
  place: EvidencePlace;
  /** The norm's short title, when the passages are a norm's. */
  normTitle?: string | undefined;
  /** True on the page at `pagePath`: the items carry their anchors there (and only there). */
  anchored?: boolean;
  /** Who coded the passages, when not the report; it goes into the copied citation. */
  note?: string | undefined;
}

/**
 * The context of one norm's passages in a record: the agreement's (or coded document's) page and
 * short name, the norm's number and title; the first passage is item `index` of the norm.
 */
export function normQuotes(
  record: { pagePath: string; name: string },
  norm: { id: number; title: string },
  extra: Pick<QuoteCardContext, 'anchored' | 'note'> = {},
  index = 0,
): QuoteCardContext {
  return {
    pagePath: record.pagePath,
    agreement: record.name,
    place: { part: 'norm', normId: norm.id, index },
    normTitle: norm.title,
    ...extra,
  };
}

interface Props {
  items: readonly Evidence[];
  /** For each item, the site path of its passage in the source reader (no link when missing). */
  sourceHrefs: readonly string[];
  /** How to name the source in links, e.g. "the report". */
  sourceName?: string;
  /** Gives each item a permalink and a copy action; without it the items are plain (as before). */
  quotes?: QuoteCardContext | undefined;
  /** The cell's wording measure: each quote then shows the runs it shares with the GGE wording. */
  wording?: WordingResult | undefined;
}

/**
 * A list of evidence passages, each with its kind, heading, locator and a link to its place in the
 * source: one component for the reading pages (rendered to static HTML by Astro) and the islands.
 * The copy action's text is built in the browser (src/scripts/copyQuote.ts) from what this list
 * shows: the passage, its locator, the permalink's resolved URL and the list's `data-cite-*`.
 */
export function EvidenceItems({
  items,
  sourceHrefs,
  sourceName = 'the report',
  quotes,
  wording,
}: Props) {
  return (
    <ol
      className="evidence-list"
      role="list"
      data-cite-agreement={quotes?.agreement}
      data-cite-place={quotes && quotePlaceLabel(quotes.place, quotes.normTitle)}
      data-cite-note={quotes?.note}
    >
      {items.map((item, i) => {
        const href = sourceHrefs[i];
        const place = quotes && { ...quotes.place, index: quotes.place.index + i };
        return (
          <li
            className={`evidence kind-${item.kind}`}
            key={i}
            id={place && quotes.anchored ? evidenceItemId(place) : undefined}
          >
            {item.kind !== 'quote' && <p className="kind">{EVIDENCE_KINDS[item.kind].label}</p>}
            {item.heading && <p className="heading">{item.heading}</p>}
            {item.kind === 'quote' ? (
              <blockquote className="passage">
                {wording ? (
                  <SharedRunsText
                    text={item.text}
                    spans={wording.runs
                      .filter((run) => run.quoteIndex === i)
                      .map((run) => ({ start: run.quoteStart, end: run.quoteEnd }))}
                  />
                ) : (
                  item.text
                )}
              </blockquote>
            ) : (
              <p className="text passage">{item.text}</p>
            )}
            <p className="meta">
              {item.locator && <span className="locator">{item.locator}</span>}
              {href && (
                <a href={withBase(href)} className="to-source">
                  {`See it in ${sourceName}`}
                </a>
              )}
              {place && (
                <QuoteActions
                  permalink={withBase(evidenceItemPath(quotes.pagePath, place))}
                  copyable={item.kind !== 'placeholder'}
                />
              )}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
