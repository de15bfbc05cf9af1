import type { Agreement } from '../../schemas/agreement';
import { toRoman } from '../roman';
import { describeValue, type Problem } from './problems';
import { problemAt, type ParsedYaml } from './yamlFile';

/** An agreement file on its way through the checks, in order. */
export interface OrderedEntry {
  parsed: ParsedYaml;
  /** The record's order when it is a positive integer, even if another field fails the schema. */
  order: number | undefined;
  /** The record, when it passes the schema. */
  agreement?: Agreement;
}

/** A record's `order` read before the schema, so one bad field does not shift every other order. */
export function lenientOrder(value: unknown): number | undefined {
  const order = (value as { order?: unknown } | null)?.order;
  return typeof order === 'number' && Number.isSafeInteger(order) && order >= 1 ? order : undefined;
}

/**
 * Orders run 1 to the number of agreement files: each order used twice is reported once, on the
 * second file, naming the first; an order past the number of files is reported with the orders left
 * free, but only when no order repeats and every order is known (otherwise the gap follows from a
 * problem already reported). The numeral is checked on records whose order is not in question.
 */
export function verifyOrdering(entries: readonly OrderedEntry[], fileCount: number): Problem[] {
  const problems: Problem[] = [];
  const firstWith = new Map<number, string>();
  for (const { parsed, order } of entries) {
    if (order === undefined) continue;
    const first = firstWith.get(order);
    if (first === undefined) firstWith.set(order, parsed.file);
    else
      problems.push(
        problemAt(
          parsed,
          ['order'],
          'an order no other agreement has',
          `${order}, used twice: also by ${first}`,
        ),
      );
  }
  if (problems.length === 0 && firstWith.size === fileCount) {
    const free = Array.from({ length: fileCount }, (_, i) => i + 1).filter(
      (n) => !firstWith.has(n),
    );
    for (const { parsed, order } of entries) {
      if (order !== undefined && order > fileCount)
        problems.push(
          problemAt(
            parsed,
            ['order'],
            `an order from 1 to ${fileCount}, one per agreement file (${free.join(', ')} ${free.length === 1 ? 'is' : 'are'} free)`,
            String(order),
          ),
        );
    }
  }
  const misordered = new Set(problems.map((p) => p.file));
  for (const { parsed, agreement } of entries) {
    if (!agreement || misordered.has(parsed.file)) continue;
    const numeral = toRoman(agreement.order);
    if (numeral !== undefined && agreement.numeral !== numeral)
      problems.push(
        problemAt(
          parsed,
          ['numeral'],
          `${numeral}, the numeral of order ${agreement.order}`,
          describeValue(agreement.numeral),
        ),
      );
  }
  return problems;
}
