import type { Agreement } from '../schemas/agreement';
import type { Norm } from '../schemas/norm';
import { reflects } from './frequencies';

/** The fewest agreements a comparison needs, and the most that fit side by side. */
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/** The query-string key that holds the chosen agreements: `?a=paris-call,un-gge-2015`. */
export const COMPARE_KEY = 'a';

/** Tokens read from the URL at most, so that a pasted wall of text cannot stall the page. */
const MAX_TOKENS = 40;
/** Longest unknown token repeated back to the reader in the notice. */
const MAX_SHOWN_LENGTH = 60;

/** What the URL asks to compare, after checking it against the agreements that exist. */
export interface CompareSelection {
  /** Known slugs, each once, in the order given, at most `MAX_COMPARED`. */
  slugs: string[];
  /** Tokens that name no agreement (trimmed, cut short), each once, in the order given. */
  unknown: string[];
  /** Known slugs left out because more than `MAX_COMPARED` were asked for. */
  leftOut: string[];
}

/**
 * Reads the chosen agreements from a query string. Accepts a comma-separated list (`a=x,y`, what the
 * page writes) and repeated keys (`a=x&a=y`, what a plain checkbox form submits), or both mixed.
 * Duplicates count once; unknown names are set aside to be reported; never throws.
 */
export function parseCompareSelection(
  search: string | URLSearchParams,
  knownSlugs: Iterable<string>,
): CompareSelection {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const known = new Set(knownSlugs);
  const tokens = params
    .getAll(COMPARE_KEY)
    .flatMap((value) => value.split(','))
    .map((token) => token.trim().toLowerCase())
    .filter((token) => token !== '')
    .slice(0, MAX_TOKENS);
  const chosen: string[] = [];
  const unknown: string[] = [];
  for (const token of new Set(tokens)) {
    if (known.has(token)) chosen.push(token);
    else unknown.push(shorten(token));
  }
  return {
    slugs: chosen.slice(0, MAX_COMPARED),
    unknown: [...new Set(unknown)],
    leftOut: chosen.slice(MAX_COMPARED),
  };
}

function shorten(token: string): string {
  return token.length > MAX_SHOWN_LENGTH ? `${token.slice(0, MAX_SHOWN_LENGTH)}…` : token;
}

/** The query string for a selection: `?a=paris-call,un-gge-2015`, or '' when nothing is chosen. */
export function compareSearch(slugs: readonly string[]): string {
  // Slugs are kebab-case, so the list needs no escaping and commas stay readable in a shared link.
  return slugs.length === 0 ? '' : `?${COMPARE_KEY}=${slugs.join(',')}`;
}

/**
 * The selection after ticking (`on`) or unticking one agreement: a new one goes to the end, and
 * nothing is added once `MAX_COMPARED` are chosen.
 */
export function toggleCompared(slugs: readonly string[], slug: string, on: boolean): string[] {
  if (!on) return slugs.filter((s) => s !== slug);
  if (slugs.includes(slug) || slugs.length >= MAX_COMPARED) return [...slugs];
  return [...slugs, slug];
}

/** How one norm fares across the compared agreements. */
export interface NormComparison<N extends Pick<Norm, 'id'> = Norm> {
  norm: N;
  /** Slugs of the compared agreements that reflect the norm, in the order compared. */
  reflectedBy: string[];
  /** Slugs of those that do not. */
  notReflectedBy: string[];
  /** Whether all, some or none of the compared agreements reflect it. */
  share: 'all' | 'some' | 'none';
}

/** The comparison of every norm, in norm order, with the three summaries drawn from it. */
export interface Comparison<N extends Pick<Norm, 'id'> = Norm> {
  rows: NormComparison<N>[];
  /** Norms every compared agreement reflects. */
  all: NormComparison<N>[];
  /** Norms some, but not all, reflect: each says which. */
  some: NormComparison<N>[];
  /** Norms none of them reflects. */
  none: NormComparison<N>[];
}

/** Compares `agreements` (in the order given) norm by norm, by the counting rule (`reflects`). */
export function compareNorms<N extends Pick<Norm, 'id'>>(
  agreements: readonly Agreement[],
  norms: readonly N[],
): Comparison<N> {
  const rows = norms.map((norm): NormComparison<N> => {
    const reflectedBy = agreements.filter((a) => reflects(a, norm.id)).map((a) => a.slug);
    const notReflectedBy = agreements.filter((a) => !reflects(a, norm.id)).map((a) => a.slug);
    const share = reflectedBy.length === 0 ? 'none' : notReflectedBy.length === 0 ? 'all' : 'some';
    return { norm, reflectedBy, notReflectedBy, share };
  });
  return {
    rows,
    all: rows.filter((r) => r.share === 'all'),
    some: rows.filter((r) => r.share === 'some'),
    none: rows.filter((r) => r.share === 'none'),
  };
}

/** One thing left out of the URL's selection: the sentence up to the names, and the names. */
export interface SelectionNotice {
  /** The words before the names, ending with ": " (a full stop follows the names). */
  lead: string;
  /** Agreement names, or the link's own words when `asGiven`. */
  names: string[];
  /** True when the names are the link's words, repeated as given (in quotation marks). */
  asGiven: boolean;
}

/**
 * What was left out of the URL's selection, and why, with the names apart from the words so that
 * markup can isolate each one (`<bdi>`): a name from the link may carry direction controls.
 */
export function selectionNoticeParts(
  selection: CompareSelection,
  nameOf: (slug: string) => string,
): SelectionNotice[] {
  const notices: SelectionNotice[] = [];
  if (selection.unknown.length > 0)
    notices.push({
      lead:
        selection.unknown.length === 1
          ? 'The link names an agreement that does not exist here, so it is left out: '
          : 'The link names agreements that do not exist here, so they are left out: ',
      names: selection.unknown,
      asGiven: true,
    });
  if (selection.leftOut.length > 0)
    notices.push({
      lead: `At most ${MAX_COMPARED} agreements fit side by side, so these are left out: `,
      names: selection.leftOut.map(nameOf),
      asGiven: false,
    });
  return notices;
}

/** How a share of the compared agreements reads, with its symbol (never colour alone). */
export function shareWording(
  share: NormComparison['share'],
  count: number,
): { symbol: string; text: string } {
  if (share === 'all')
    return { symbol: '✓', text: count === 2 ? 'Both reflect' : `All ${count} reflect` };
  if (share === 'none')
    return { symbol: '–', text: count === 2 ? 'Neither reflects' : 'None reflects' };
  return { symbol: '◐', text: 'Only some reflect' };
}
