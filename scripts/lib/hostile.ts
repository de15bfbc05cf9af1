/**
 * The hostile dataset: a copy of the records in which every free-text field ends with markup that
 * would run script or inject elements if any page wrote it unescaped. Quotes stay verbatim: the same
 * markup is inserted into the source text right after each place the quote occurs.
 */
import {
  compactText,
  stripWhitespace,
  type CompactText,
  type Span,
} from '../../src/lib/text/verbatim';

/** Where `npm run build:hostile` writes the fixture data and the site built from it (git-ignored). */
export const HOSTILE_DATA_DIR = 'tests/e2e/.artifacts/hostile-data';
export const HOSTILE_OUT_DIR = 'dist-hostile';

/** Ends a script block, breaks out of an attribute, injects elements whose handlers would run. */
export const LONG_PAYLOAD =
  '</script>"\'><svg onload=alert(1)><img src=x onerror=alert(1)><img src=x onerror=self.hostile=1>';
/** For fields with a length limit. */
export const SHORT_PAYLOAD = '"><svg onload=alert(1)>';
/** What a field can carry, from most to least: the last level keeps it plain. */
const LEVELS: readonly ((field: TextField) => string)[] = [
  (field) => withPayload(field, field.original, LONG_PAYLOAD),
  (field) => withPayload(field, field.original, SHORT_PAYLOAD),
  // A short name or title with a length limit: its first words, then the short payload.
  (field) => withPayload(field, field.original.slice(0, 16).trimEnd(), SHORT_PAYLOAD),
  (field) => field.original,
];
export const PLAIN = LEVELS.length - 1;

/**
 * The payload after the text: a quote's right after it (the source gets the same), our own
 * sentence's before its full stop (a summary stays one sentence).
 */
function withPayload(field: TextField, text: string, payload: string): string {
  return !field.quoted && text.endsWith('.')
    ? `${text.slice(0, -1)} ${payload}.`
    : `${text} ${payload}`;
}

/** Fields that are identifiers, enumerations, versions or dates: not free text. */
const NOT_TEXT = new Set([
  'id',
  'slug',
  'numeral',
  'reportPage',
  'order',
  'label',
  'value',
  'type',
  'kind',
  'flags',
  'codedBy',
  'version',
  'date',
  'sourceId',
  'yearSource',
  'agreement',
  'document',
  'compareWith',
  'relatedAgreements',
  'section',
  'claim',
]);

/** Fields the verifier finds verbatim in a source text: their payload goes into the source too. */
const QUOTED = new Set(['text', 'heading', 'simplified', 'quote', 'title', 'yearWording']);

export type FieldPath = readonly (string | number)[];

/** One free-text field of one data file. */
export interface TextField {
  file: string;
  path: FieldPath;
  original: string;
  quoted: boolean;
  /** Index into LEVELS: how much markup it carries. */
  level: number;
}

/** Every free-text string in a parsed record, at the long payload. */
export function textFields(file: string, value: unknown, path: FieldPath = []): TextField[] {
  if (typeof value === 'string') {
    const key = [...path].reverse().find((part) => typeof part === 'string') ?? '';
    if (NOT_TEXT.has(key)) return [];
    return [{ file, path, original: value, quoted: QUOTED.has(key), level: 0 }];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => textFields(file, item, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => textFields(file, v, [...path, k]));
  return [];
}

/** The field's value in the hostile dataset. */
export function hostileValue(field: TextField): string {
  return LEVELS[field.level]?.(field) ?? field.original;
}

/** A copy of `record` with every field of it set to its hostile value. */
export function withFields(record: unknown, fields: readonly TextField[]): unknown {
  const copy = structuredClone(record);
  for (const field of fields) {
    const parent = field.path
      .slice(0, -1)
      .reduce<unknown>(
        (node, part) => (node as Record<string | number, unknown>)[part],
        copy,
      ) as Record<string | number, unknown>;
    parent[field.path.at(-1) ?? ''] = hostileValue(field);
  }
  return copy;
}

/** Every whitespace-insensitive occurrence of `needle` in `text`, as original spans. */
function occurrences(compact: CompactText, needle: string): Span[] {
  const target = stripWhitespace(needle);
  const spans: Span[] = [];
  for (let i = compact.compact.indexOf(target); target && i >= 0;) {
    spans.push({
      start: compact.offsets[i] as number,
      end: (compact.offsets[i + target.length - 1] as number) + 1,
    });
    i = compact.compact.indexOf(target, i + 1);
  }
  return spans;
}

/**
 * The source text with each quoted field's payload inserted after every place the field occurs,
 * except inside another quoted field's occurrence (which would stop that one being verbatim).
 */
export function hostileSource(text: string, fields: readonly TextField[]): string {
  const compact = compactText(text);
  const spans = fields
    .filter((f) => f.quoted)
    .map((f) => ({ field: f, spans: occurrences(compact, f.original) }));
  const inside = (at: number) =>
    spans.some(({ spans: list }) => list.some((s) => s.start < at && at < s.end));
  const inserts = new Map<number, Set<string>>();
  for (const { field, spans: list } of spans) {
    const added = hostileValue(field).slice(field.original.length);
    if (!added || !hostileValue(field).startsWith(field.original)) continue;
    for (const { end } of list.filter((s) => !inside(s.end)))
      inserts.set(end, (inserts.get(end) ?? new Set()).add(added));
  }
  let out = text;
  for (const at of [...inserts.keys()].sort((a, b) => b - a))
    out = `${out.slice(0, at)}${[...(inserts.get(at) ?? [])].join('')}${out.slice(at)}`;
  return out;
}
