/**
 * The height an embed's iframe needs without the resize script. The frame is given one fixed
 * height, so it must hold the page at its narrowest, where text wraps onto the most lines; charts
 * are never drawn larger than their natural size in an embed (EmbedLayout), so the chart takes at
 * most its tallest layout's height at any width.
 */
/** The narrowest frame an embed is laid out for: a 320 px phone with no page margin. */
export const NARROWEST_FRAME = 320;

/**
 * The embed page's type and spacing, in CSS px. EmbedLayout sets its styles from these, so that the
 * estimate and the page cannot drift apart.
 */
export const EMBED_TYPE = {
  /** Padding around the page's content, each side. */
  padding: 12,
  title: { size: 18, line: 1.25 },
  body: { size: 16, line: 1.5 },
  small: { size: 14, line: 1.45 },
  /** The space under each block of text and under the chart. */
  gap: 8,
  /** A cell of an agreement's 11-norm strip, and the gap between cells. */
  stripCell: { width: 34, height: 38, gap: 3 },
} as const;

/**
 * An average character's width in em, generous for Source Sans 3 (about 0.47 em over English text),
 * so that the estimate errs towards a frame that is a little too tall, never cut off.
 */
const CHAR_EM = 0.55;

export type EmbedTextKind = 'title' | 'body' | 'small';

/** One block of text in the embed page, e.g. the description, or one line of the source. */
export interface EmbedTextBlock {
  text: string;
  kind: EmbedTextKind;
}

/**
 * The lines a block takes at a content width, breaking at spaces as the browser does; a word longer
 * than a line gets a line of its own (the browser breaks it, see `overflow-wrap` in EmbedLayout).
 */
export function linesAt(block: EmbedTextBlock, width: number): number {
  const perLine = Math.max(1, Math.floor(width / (EMBED_TYPE[block.kind].size * CHAR_EM)));
  let lines = 0;
  let used = 0;
  for (const word of block.text.split(/\s+/u).filter(Boolean)) {
    const length = Math.min(word.length, perLine);
    if (used > 0 && used + 1 + length <= perLine) used += 1 + length;
    else {
      lines += Math.ceil(word.length / perLine);
      used = word.length % perLine || length;
    }
  }
  return lines;
}

/**
 * The frame height for a page of text blocks and a chart: every block at the narrowest frame, the
 * tallest chart layout, the gaps between them and the padding, rounded up to a whole pixel.
 */
export function embedFrameHeight(blocks: readonly EmbedTextBlock[], chartHeight: number): number {
  const { padding, gap } = EMBED_TYPE;
  const width = NARROWEST_FRAME - 2 * padding;
  const text = blocks.reduce((sum, block) => {
    const { size, line } = EMBED_TYPE[block.kind];
    return sum + linesAt(block, width) * size * line + gap;
  }, 0);
  return Math.ceil(2 * padding + text + chartHeight + gap);
}

/** The height of a strip of `count` cells wrapped at the narrowest frame's content width. */
export function stripHeight(count: number): number {
  const { width, height, gap } = EMBED_TYPE.stripCell;
  const perRow = Math.max(
    1,
    Math.floor((NARROWEST_FRAME - 2 * EMBED_TYPE.padding + gap) / (width + gap)),
  );
  const rows = Math.ceil(count / perRow);
  return rows * height + (rows - 1) * gap;
}
