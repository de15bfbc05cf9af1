/**
 * The link-preview cards of an agreement and of a norm, each with its key figure: the agreement's
 * 11-norm strip, the norm's count of agreements. The frame is ogCard's (ogImage.ts).
 */
import type { Agreement } from '../schemas/agreement';
import type { Norm } from '../schemas/norm';
import { CELL_STATES } from '../schemas/values';
import { cellFor, displayTitle } from '../lib/agreements';
import { formatOutOf } from '../lib/format';
import { reflects } from '../lib/frequencies';
import { cellState } from '../lib/matrix';
import type { Dataset } from '../lib/dataset/dataset';
import { ogCard, ogFooter, type OgRoom } from './ogImage';
import { PALETTE } from './palette';
import { el, text } from './svg';

type CardData = Pick<Dataset, 'norms' | 'meta' | 'report'>;

const CELL_FILL = { yes: PALETTE.bar, unlabeled: PALETTE.unlabeled, no: PALETTE.paper } as const;
const CELL_INK = { yes: PALETTE.paper, unlabeled: PALETTE.ink, no: PALETTE.inkSoft } as const;
const CELL_STROKE = { yes: PALETTE.bar, unlabeled: PALETTE.unlabeledStroke, no: PALETTE.rule };

/** The strip of 11 cells as on the agreement's page: number above, the state's symbol below. */
function normStrip(agreement: Agreement, norms: readonly Norm[], room: OgRoom): string {
  const gap = 10;
  const size = Math.min(88, (room.width - gap * (norms.length - 1)) / norms.length);
  const y = room.y + 64;
  const count = agreement.norms.filter((c) => c.reflected).length;
  const cells = norms.map((norm, i) => {
    const state = cellState(cellFor(agreement, norm.id));
    const x = room.x + i * (size + gap);
    return el(
      'g',
      {},
      el('rect', {
        x,
        y,
        width: size,
        height: size,
        rx: 6,
        fill: CELL_FILL[state],
        stroke: CELL_STROKE[state],
        'stroke-width': 2,
      }),
      text(
        {
          x: x + size / 2,
          y: y + 36,
          'text-anchor': 'middle',
          'font-size': 28,
          fill: CELL_INK[state],
        },
        norm.id,
      ),
      text(
        {
          x: x + size / 2,
          y: y + 72,
          'text-anchor': 'middle',
          'font-size': 30,
          'font-weight': 600,
          fill: CELL_INK[state],
        },
        CELL_STATES[state].symbol,
      ),
    );
  });
  return [
    text(
      { x: room.x, y: room.y + 30, 'font-size': 30, fill: PALETTE.ink },
      `Reflects ${formatOutOf(count, norms.length)} UN GGE norms, in the report’s coding`,
    ),
    ...cells,
    text(
      { x: room.x, y: y + size + 40, 'font-size': 22, fill: PALETTE.inkSoft },
      '✓ reflected · ? counted as reflected, no marker in the report · blank: not reflected',
    ),
  ].join('');
}

/** `/og/agreements/<slug>.png`: the agreement's name and its 11-norm strip. */
export function agreementOgImageSvg(agreement: Agreement, data: CardData, host: string): string {
  return ogCard({
    title: displayTitle(agreement),
    footer: ogFooter(data, host),
    figure: (room) => normStrip(agreement, data.norms, room),
  });
}

/** `/og/norms/<slug>.png`: the norm's title and how many agreements reflect it, as a bar. */
export function normOgImageSvg(
  norm: Norm,
  data: CardData & Pick<Dataset, 'agreements'>,
  host: string,
): string {
  const total = data.agreements.length;
  const count = data.agreements.filter((a) => reflects(a, norm.id)).length;
  return ogCard({
    title: `Norm ${norm.id}: ${norm.title}`,
    footer: ogFooter(data, host),
    figure: (room) => {
      const y = room.y + 40;
      const share = total > 0 ? count / total : 0;
      return [
        text(
          { x: room.x, y: y + 48, 'font-size': 56, 'font-weight': 600, fill: PALETTE.bar },
          `Reflected by ${formatOutOf(count, total)} agreements`,
        ),
        el('rect', { x: room.x, y: y + 90, width: room.width, height: 36, fill: PALETTE.rule }),
        el('rect', {
          x: room.x,
          y: y + 90,
          width: room.width * share,
          height: 36,
          fill: PALETTE.bar,
        }),
        text(
          { x: room.x, y: y + 170, 'font-size': 24, fill: PALETTE.inkSoft },
          `In the coding of the ${data.report.shortTitle}.`,
        ),
      ].join('');
    },
  });
}
