import type { Span } from './text/verbatim';

/** A passage of a source text that the site quotes, with links back to where it is quoted. */
export interface Highlight {
  /** The passage's anchor id in the reader, e.g. `q-paris-call-n6-1`. */
  id: string;
  span: Span;
  /** Where the passage is quoted on the site (site paths), shown beside the passage. */
  quotedAt: { href: string; label: string };
}

/** A block of a source text: a heading, a section of the report, a paragraph, a list item. */
export interface ReaderBlock {
  /** Anchor id of the block, e.g. `agreement-paris-call` or `p-12`. */
  id: string;
  kind: 'heading' | 'section' | 'paragraph' | 'item';
  span: Span;
  /** For a report section: where its heading ends (the heading is shown apart). */
  headingEnd?: number;
  /** A Markdown heading's level, 1 for `#` to 4 for `####`. */
  level?: number;
  /** A list item's list: `- ` and `* ` bullets, or `1.` numbers (with the item's number). */
  list?: { ordered: false } | { ordered: true; number: number };
}

/** A run of text inside a block: plain, or a quoted passage with the anchors that target it. */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'passage'; text: string; anchors: string[]; quotedAt: Highlight['quotedAt'][] };

/**
 * Cuts `text[span]` into plain and quoted runs. Overlapping or touching highlights merge into one
 * passage that carries every anchor, so each anchor still lands on (and marks) its whole passage.
 */
export function segmentSpan(text: string, span: Span, highlights: readonly Highlight[]): Segment[] {
  const inside = highlights
    .filter((h) => h.span.start < span.end && h.span.end > span.start)
    .map((h) => ({
      ...h,
      span: { start: Math.max(h.span.start, span.start), end: Math.min(h.span.end, span.end) },
    }))
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const groups: { span: Span; members: Highlight[] }[] = [];
  for (const h of inside) {
    const last = groups.at(-1);
    if (last && h.span.start <= last.span.end) {
      last.span.end = Math.max(last.span.end, h.span.end);
      last.members.push(h);
    } else groups.push({ span: { ...h.span }, members: [h] });
  }
  const segments: Segment[] = [];
  let cursor = span.start;
  for (const group of groups) {
    if (group.span.start > cursor)
      segments.push({ kind: 'text', text: text.slice(cursor, group.span.start) });
    segments.push({
      kind: 'passage',
      text: text.slice(group.span.start, group.span.end),
      anchors: group.members.map((m) => m.id),
      quotedAt: uniqueBy(
        group.members.map((m) => m.quotedAt),
        (q) => q.href,
      ),
    });
    cursor = group.span.end;
  }
  if (cursor < span.end) segments.push({ kind: 'text', text: text.slice(cursor, span.end) });
  return segments;
}

/**
 * Splits a plain or lightly marked-up text (Markdown-style `#` headings and `-` items) into blocks
 * separated by blank lines, each with an anchor `p-<n>` numbered from 1 in reading order. A block's
 * span leaves out its Markdown marker (`### `, `- `, `1. ` and a heading's enclosing `**`), so the
 * reader shows structure, not markup, while every offset still points into the unchanged text.
 */
export function paragraphBlocks(text: string): ReaderBlock[] {
  const blocks: ReaderBlock[] = [];
  const pattern = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/gu;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const raw = match[0];
    // A Markdown list item starts a block of its own even without a blank line before it.
    const lines = splitItems(raw);
    let offset = start;
    for (const line of lines) {
      const trimmedStart = offset + (line.length - line.trimStart().length);
      const end = offset + line.trimEnd().length;
      const shape = markdownShape(line.trim());
      const span = { start: trimmedStart + shape.skipStart, end: end - shape.skipEnd };
      if (span.end > span.start)
        blocks.push({ id: `p-${blocks.length + 1}`, ...shape.block, span });
      offset += line.length + 1;
    }
  }
  return blocks;
}

const HEADING = /^(#{1,4})\s+/u;
const BULLET = /^[-*]\s+/u;
const NUMBERED = /^(\d{1,3})\.\s+/u;

/** What a trimmed line is, and how many characters of Markdown to leave out at each end. */
function markdownShape(line: string): {
  block: Pick<ReaderBlock, 'kind' | 'level' | 'list'>;
  skipStart: number;
  skipEnd: number;
} {
  const heading = HEADING.exec(line);
  if (heading?.[1]) {
    const rest = line.slice(heading[0].length);
    // A heading set in bold throughout (`### **Title**`) is shown as the heading it already is.
    const bold = /^\*\*[^*].*\*\*$/u.test(rest) ? 2 : 0;
    return {
      block: { kind: 'heading', level: heading[1].length },
      skipStart: heading[0].length + bold,
      skipEnd: bold,
    };
  }
  const bullet = BULLET.exec(line);
  if (bullet)
    return {
      block: { kind: 'item', list: { ordered: false } },
      skipStart: bullet[0].length,
      skipEnd: 0,
    };
  const numbered = NUMBERED.exec(line);
  if (numbered?.[1])
    return {
      block: { kind: 'item', list: { ordered: true, number: Number(numbered[1]) } },
      skipStart: numbered[0].length,
      skipEnd: 0,
    };
  return { block: { kind: 'paragraph' }, skipStart: 0, skipEnd: 0 };
}

function splitItems(block: string): string[] {
  const lines = block.split('\n');
  const out: string[] = [];
  const starts = (line: string) => [HEADING, BULLET, NUMBERED].some((p) => p.test(line.trim()));
  for (const line of lines) {
    const last = out.at(-1);
    if (last !== undefined && !starts(line) && !HEADING.test(last.trim()))
      out[out.length - 1] = `${last}\n${line}`;
    else out.push(line);
  }
  return out;
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A block ready to render: its anchor, kind, optional heading text and its runs of text. */
export interface RenderedBlock {
  id: string;
  kind: ReaderBlock['kind'];
  heading?: string;
  level?: number;
  list?: ReaderBlock['list'];
  segments: Segment[];
}

/**
 * The PDF extraction puts a blank line after almost every line. For reading, a single blank line
 * becomes a line break and a longer run a paragraph break. Whitespace only: no word changes.
 */
export function tidyWhitespace(text: string): string {
  return text.replace(/[ \t]*\n(?:[ \t]*\n)*/gu, (run) => {
    const breaks = run.split('\n').length - 1;
    return breaks >= 3 ? '\n\n' : '\n';
  });
}

/** Renders blocks of `text` with their highlighted passages, tidying whitespace in each run. */
export function renderBlocks(
  text: string,
  blocks: readonly ReaderBlock[],
  highlights: readonly Highlight[],
): RenderedBlock[] {
  const rendered = blocks.map((block) => {
    const bodyStart = block.headingEnd ?? block.span.start;
    const heading =
      block.headingEnd === undefined
        ? undefined
        : text.slice(block.span.start, block.headingEnd).replace(/\s+/gu, ' ').trim();
    const segments = segmentSpan(text, { start: bodyStart, end: block.span.end }, highlights).map(
      (s) => ({
        ...s,
        text: tidyWhitespace(s.text),
      }),
    );
    return {
      id: block.id,
      kind: block.kind,
      ...(heading === undefined ? {} : { heading }),
      ...(block.level === undefined ? {} : { level: block.level }),
      ...(block.list === undefined ? {} : { list: block.list }),
      segments,
    };
  });
  return joinSplitPassages(rendered);
}

/**
 * A quote that runs over several blocks is cut into one passage per block. Ids must be unique, so
 * each anchor stays on the first part only; the links back to where it is quoted go on the last.
 */
function joinSplitPassages(blocks: RenderedBlock[]): RenderedBlock[] {
  const parts = blocks.flatMap((b) => b.segments.filter((s) => s.kind === 'passage'));
  const firstPart = new Map<string, number>();
  const lastPart = new Map<string, number>();
  parts.forEach((part, i) => {
    for (const id of part.anchors) {
      if (!firstPart.has(id)) firstPart.set(id, i);
      lastPart.set(id, i);
    }
  });
  let index = 0;
  return blocks.map((block) => ({
    ...block,
    segments: block.segments.map((segment) => {
      if (segment.kind !== 'passage') return segment;
      const i = index++;
      const ends = segment.anchors.some((id) => lastPart.get(id) === i);
      return {
        ...segment,
        anchors: segment.anchors.filter((id) => firstPart.get(id) === i),
        quotedAt: ends ? segment.quotedAt : [],
      };
    }),
  }));
}
