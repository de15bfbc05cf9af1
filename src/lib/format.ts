const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2015-11` → `November 2015`, `2014` → `2014`, null → `not given`. */
export function formatYearMonth(value: string | null): string {
  if (value === null) return 'not given';
  const [year, month] = value.split('-');
  const name = month === undefined ? undefined : MONTHS[Number(month) - 1];
  return name ? `${name} ${year ?? ''}` : (year ?? value);
}

/** A share 0–1 as a whole percentage, as the report rounds them: 0.7727 → `77%`. */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** `x of n`, e.g. `17 of 22`. */
export function formatOutOf(count: number, total: number): string {
  return `${count} of ${total}`;
}

/** `1 agreement`, `2 agreements`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Integers with thousands separators, as in the report: 1105 → `1,105`. */
export function formatInteger(n: number): string {
  return n.toLocaleString('en-GB');
}

/** Names joined as a sentence lists them: `A`, `A and B`, `A, B and C`. */
export function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** A file size for people: "812 bytes", "14.2 kB", "1.3 MB" (decimal units, as browsers show). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
