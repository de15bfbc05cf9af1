/**
 * The reader's share of Markdown beyond block shapes (`paragraphBlocks`): consecutive list items
 * gathered into one list, and `**bold**` runs inside a line. Everything stays text; no markup from
 * a source is ever passed through.
 */
import type { RenderedBlock } from './sourceReader';

/** A block to draw, or a run of list items to draw as one `<ul>` or `<ol>`. */
export type ReaderNode =
  | { kind: 'block'; block: RenderedBlock }
  | { kind: 'list'; ordered: boolean; start: number; items: RenderedBlock[] };

/** Gathers consecutive list items of one kind (bullets, or numbers) into lists, in order. */
export function gatherLists(blocks: readonly RenderedBlock[]): ReaderNode[] {
  const nodes: ReaderNode[] = [];
  for (const block of blocks) {
    const last = nodes.at(-1);
    if (!block.list) nodes.push({ kind: 'block', block });
    else if (last?.kind === 'list' && last.ordered === block.list.ordered) last.items.push(block);
    else
      nodes.push({
        kind: 'list',
        ordered: block.list.ordered,
        start: block.list.ordered ? block.list.number : 1,
        items: [block],
      });
  }
  return nodes;
}

/** A piece of a line: plain or bold. */
export interface InlineRun {
  text: string;
  strong: boolean;
}

/** Splits `a **b** c` into plain and bold runs; a `**` without its pair is left as written. */
export function inlineRuns(text: string): InlineRun[] {
  const runs: InlineRun[] = [];
  const pattern = /\*\*(?=\S)([^*]+?)(?<=\S)\*\*/gu;
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), strong: false });
    runs.push({ text: match[1] ?? '', strong: true });
    at = match.index + match[0].length;
  }
  if (at < text.length || runs.length === 0) runs.push({ text: text.slice(at), strong: false });
  return runs;
}
