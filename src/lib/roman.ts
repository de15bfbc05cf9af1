const numerals: [number, string][] = [
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** The roman numeral for a positive integer below 90, as the report numbers its sections. */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n >= 90)
    throw new RangeError(`toRoman: ${n} is out of range`);
  let rest = n;
  let out = '';
  for (const [value, letters] of numerals) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
