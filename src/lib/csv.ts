/**
 * CSV as RFC 4180 describes it: comma-separated, CRLF line ends, fields quoted when they hold a
 * comma, a quote or a line break, quotes doubled. Every CSV the site ships goes through `toCsv`,
 * and the round-trip tests read them back with `parseCsv`.
 */

export type CsvValue = string | number | boolean | null | undefined;

/**
 * A text a spreadsheet would run as a formula: one starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return (OWASP's list), after any apostrophes, so that the apostrophe added below can
 * always be taken off again.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/u;

/**
 * A text cell as it is written to a CSV download: with an apostrophe in front when a spreadsheet
 * would otherwise run it as a formula (`=HYPERLINK(…)` becomes `'=HYPERLINK(…)`). Only text is
 * changed: numbers are written by `csvField` as numbers, so `-3` stays a number, while the text
 * "-3" is neutralised like any other text. The JSON downloads keep the exact text.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The exact text of a CSV text cell: undoes `neutraliseFormula`. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

/**
 * One field, quoted only when it must be; text a spreadsheet would run is neutralised. null and
 * undefined become empty fields.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A header row and data rows as one CSV document, ending with a line break. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const width = header.length;
  rows.forEach((row, i) => {
    if (row.length !== width) {
      throw new Error(`toCsv: row ${i + 1} has ${row.length} fields, the header has ${width}`);
    }
  });
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Parses CSV text into rows of strings (the header is the first row). Accepts LF or CRLF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') endRow();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endRow();
      i += 1;
    } else field += ch;
    i += 1;
  }
  if (quoted) throw new Error('parseCsv: a quoted field is never closed');
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** Parses CSV into objects keyed by the header row. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((row, r) => {
    if (row.length !== header.length) {
      throw new Error(
        `parseCsv: row ${r + 2} has ${row.length} fields, the header has ${header.length}`,
      );
    }
    return Object.fromEntries(header.map((name, i) => [name, row[i] ?? '']));
  });
}
