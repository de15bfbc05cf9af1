import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { keyPathAt, refusedNodes } from './plainYaml';
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
 * Parses YAML 1.2 with the core schema, strictly: duplicate keys, tags, anchors and aliases are
 * problems (see `refusedNodes`), so a date-like value stays a string and an alias bomb is never
 * expanded. Only the parser's first error is reported, since the rest usually follow from it. The
 * value is null when the file has any problem.
 */
export function parseYamlFile(file: TextFile): { parsed: ParsedYaml | null; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(file.text, {
    lineCounter,
    schema: 'core',
    resolveKnownTags: false,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const [error] = doc.errors;
  if (error) {
    const keyPath = error.code === 'DUPLICATE_KEY' ? keyPathAt(doc, error.pos[0]) : undefined;
    const problem: Problem = keyPath
      ? {
          file: file.path,
          line: lineAt(error.pos[0]),
          path: formatPath(keyPath),
          expected: 'each key once in a mapping',
          found: `the key "${String(keyPath[keyPath.length - 1])}" a second time`,
        }
      : {
          file: file.path,
          line: lineAt(error.pos[0]),
          path: '',
          expected: 'valid YAML',
          found:
            error.code === 'MULTIPLE_DOCS'
              ? 'a second YAML document (each file holds one)'
              : `a syntax error (${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/u, '')})`,
        };
    return { parsed: null, problems: [problem] };
  }
  const refused = refusedNodes(doc).map((node): Problem => ({
    file: file.path,
    line: lineAt(node.offset),
    path: formatPath(node.path),
    expected: node.expected,
    found: node.found,
  }));
  if (refused.length > 0) return { parsed: null, problems: refused };
  return {
    parsed: {
      file: file.path,
      value: doc.toJS({ maxAliasCount: 0 }) as unknown,
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
  return (path.split('/').pop() ?? path).replace(/\.yaml$/u, '');
}
