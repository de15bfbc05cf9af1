import { NORM_IDS, type NormId } from '../../schemas/values';
import { MAX_QUERY_LENGTH } from '../search/limits';

/**
 * Readers of single query-string values for the matrix view. Each returns null (or the empty value)
 * for anything unknown or malformed, so a bad link opens the default view instead of failing.
 */

/** Years outside this range are treated as malformed. */
const YEAR_RANGE = { min: 1900, max: 2100 };

/** Whether `value` is an own key of `record` (so `constructor` or `__proto__` never pass). */
export function isKeyOf<T extends object>(
  record: T,
  value: string | null,
): value is keyof T & string {
  return value !== null && Object.hasOwn(record, value);
}

export function parseYear(value: string | null): number | null {
  if (value === null || !/^\d{4}$/u.test(value.trim())) return null;
  const year = Number(value.trim());
  return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max ? year : null;
}

export function parseNormId(value: string): NormId | null {
  if (!/^\d{1,2}$/u.test(value.trim())) return null;
  const n = Number(value.trim());
  return (NORM_IDS as readonly number[]).includes(n) ? (n as NormId) : null;
}

/** A comma-separated list of norm numbers, deduplicated and in norm order. */
export function parseNorms(value: string | null): NormId[] {
  if (value === null) return [];
  const ids = value
    .split(',')
    .map(parseNormId)
    .filter((n): n is NormId => n !== null);
  return [...new Set(ids)].sort((a, b) => a - b);
}

/** Drops control characters and cuts the text to the search's limit. */
export function cleanQuery(value: string | null): string {
  if (value === null) return '';
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return value.replace(/[\u0000-\u001f\u007f]/gu, ' ').slice(0, MAX_QUERY_LENGTH);
}
