/** One problem found in the data: where it is, what was expected, what was found. */
export interface Problem {
  /** The file, relative to the project root, e.g. `data/agreements/paris-call.yaml`. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** The field path inside the record, e.g. `norms[5].evidence[0].text`; empty for the whole file. */
  path: string;
  expected: string;
  found: string;
}

/** One readable line: `file:line: path: expected …, found …`. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const path = problem.path === '' ? '(whole file)' : problem.path;
  return `${where}: ${path}: expected ${problem.expected}, found ${problem.found}`;
}

/** A path as written in messages: `norms[5].evidence[0].text`. */
export function formatPath(path: readonly (string | number)[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

/** A short, single-line rendering of a found value for messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const oneLine = value.replace(/\s+/gu, ' ').trim();
    return JSON.stringify(oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine);
  }
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'a mapping' : typeof value;
}
