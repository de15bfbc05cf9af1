import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { formatPath, type Problem } from './problems';

/** A data file as read from disk: its project-relative path and its text. */
export interface TextFile {
  path: string;
  text: string;
}

/** A parsed YAML file that can say on which line a field path sits. */
export interface ParsedYaml {
  file: string;
  value: unknown;
  /** The 1-based line of the deepest existing node on `path`. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/**
 * Parses YAML 1.2 strictly (duplicate keys are errors). Syntax errors become problems with their
 * line; the value is null when the file cannot be parsed.
 */
export function parseYamlFile(file: TextFile): { parsed: ParsedYaml | null; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) => ({
      file: file.path,
      line: lineCounter.linePos(error.pos[0]).line,
      path: '',
      expected: 'valid YAML',
      found: `a syntax error (${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/u, '')})`,
    }));
    return { parsed: null, problems };
  }
  return {
    parsed: {
      file: file.path,
      value: doc.toJS() as unknown,
      lineOf: (path) => lineOfPath(doc, lineCounter, path),
    },
    problems: [],
  };
}

function lineOfPath(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly (string | number)[],
): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node: unknown = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

/** A problem at `path` of a parsed file, with its line filled in. */
export function problemAt(
  parsed: ParsedYaml,
  path: readonly (string | number)[],
  expected: string,
  found: string,
): Problem {
  const line = parsed.lineOf(path);
  return {
    file: parsed.file,
    ...(line === undefined ? {} : { line }),
    path: formatPath(path),
    expected,
    found,
  };
}

/** A record's id is its file name: `data/agreements/paris-call.yaml` → `paris-call`. */
export function idFromFileName(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.ya?ml$/u, '');
}
