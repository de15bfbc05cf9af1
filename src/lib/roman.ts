const numerals: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/**
 * The roman numeral of a positive integer, as the report numbers its sections (thousands past 3999
 * are written as repeated M); undefined for anything else, since roman numerals have no zero,
 * negatives or fractions. Never throws: the verifier calls it on whatever order a record gives.
 */
export function toRoman(n: number): string | undefined {
  if (!Number.isSafeInteger(n) || n < 1) return undefined;
  let rest = n;
  let out = '';
  for (const [value, letters] of numerals) {
    const times = Math.floor(rest / value);
    out += letters.repeat(times);
    rest -= times * value;
  }
  return out;
}
