/**
 * Every number, date, list and plural the site prints, through `Intl` in one locale. British English,
 * as the report writes: "November 2015", "1,105", "A, B and C" (no serial comma).
 */
const LOCALE = 'en-GB';

const integers = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const percents = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });
const plurals = new Intl.PluralRules(LOCALE);
const lists = {
  and: new Intl.ListFormat(LOCALE, { type: 'conjunction' }),
  or: new Intl.ListFormat(LOCALE, { type: 'disjunction' }),
};
// A year and month are calendar values, not instants: format them in UTC so no time zone shifts them.
const yearMonths = {
  long: new Intl.DateTimeFormat(LOCALE, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  short: new Intl.DateTimeFormat(LOCALE, { year: 'numeric', month: 'short', timeZone: 'UTC' }),
};
const shortMonths = new Intl.DateTimeFormat(LOCALE, { month: 'short', timeZone: 'UTC' });
const bytes = unitFormat('byte', 'long', 0);
const kilobytes = unitFormat('kilobyte', 'short', 1);
const megabytes = unitFormat('megabyte', 'short', 1);

function unitFormat(unit: string, unitDisplay: 'long' | 'short', digits: number) {
  return new Intl.NumberFormat(LOCALE, {
    style: 'unit',
    unit,
    unitDisplay,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** An ISO year or year-month as a UTC time, and whether it names a month. */
function yearMonth(value: string): { time: number; hasMonth: boolean } | null {
  const [year, month] = value.split('-').map(Number);
  if (year === undefined || !Number.isInteger(year)) return null;
  const hasMonth = month !== undefined && Number.isInteger(month) && month >= 1 && month <= 12;
  return { time: Date.UTC(year, hasMonth ? month - 1 : 0), hasMonth };
}

/**
 * `2015-11` → `November 2015` (`Nov 2015` when short), `2014` → `2014`, null → `not given`.
 * Anything else is returned as given.
 */
export function formatYearMonth(value: string | null, style: 'long' | 'short' = 'long'): string {
  if (value === null) return 'not given';
  const parsed = yearMonth(value);
  if (!parsed) return value;
  return parsed.hasMonth ? yearMonths[style].format(parsed.time) : value.slice(0, 4);
}

/** The short month of an ISO year-month, `2015-11` → `Nov`; empty for a year alone. */
export function formatShortMonth(value: string): string {
  const parsed = yearMonth(value);
  return parsed?.hasMonth ? shortMonths.format(parsed.time) : '';
}

/** A share 0–1 as a whole percentage, as the report rounds them: 0.7727 → `77%`. */
export function formatPercent(share: number): string {
  return percents.format(share);
}

/** `x of n`, e.g. `17 of 22`. */
export function formatOutOf(count: number, total: number): string {
  return `${formatInteger(count)} of ${formatInteger(total)}`;
}

/** `1 agreement`, `2 agreements`, `1,105 passages`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatInteger(count)} ${plurals.select(count) === 'one' ? singular : pluralForm}`;
}

/** Integers with thousands separators, as in the report: 1105 → `1,105`. */
export function formatInteger(n: number): string {
  return integers.format(n);
}

/** A number to a fixed count of decimals: (2.5454, 1) → `2.5`. */
export function formatDecimal(n: number, digits: number): string {
  return new Intl.NumberFormat(LOCALE, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(n);
}

/** Items joined as a sentence lists them: `A`, `A and B`, `A, B and C` (or, with `'or'`, `A, B or C`). */
export function listOf(items: readonly string[], type: keyof typeof lists = 'and'): string {
  return lists[type].format(items);
}

/** A piece of a list: one of its items, or the words between two items. */
export type ListPart<T> = { item: T } | { text: string };

/**
 * The same list as parts, the items themselves between the words that join them (`A`, `, `, `B`,
 * ` and `, `C`), for markup that renders each item as an element, a link for instance.
 */
export function listParts<T>(items: readonly T[], type: keyof typeof lists = 'and'): ListPart<T>[] {
  const places = items.map((_, i) => String(i));
  return lists[type]
    .formatToParts(places)
    .map((part): ListPart<T> =>
      part.type === 'literal' ? { text: part.value } : { item: items[Number(part.value)] as T },
    );
}

/** A file size for people: "812 bytes", "14.2 kB", "1.3 MB" (decimal units, as browsers show). */
export function formatBytes(size: number): string {
  if (size < 1000) return bytes.format(size);
  if (size < 1_000_000) return kilobytes.format(size / 1000);
  return megabytes.format(size / 1_000_000);
}
