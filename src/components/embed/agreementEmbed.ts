/**
 * What an agreement's embeddable view (`/embed/agreements/<slug>/`) says, and the frame height
 * that holds it: the page renders these texts, and the estimate counts the same ones.
 */
import type { Agreement } from '../../schemas/agreement';
import { CELL_STATES } from '../../schemas/values';
import type { Dataset } from '../../lib/dataset/dataset';
import { displayTitle } from '../../lib/agreements';
import { reportCitation } from '../../lib/cite';
import { embedFooterText } from '../../lib/embed';
import { EMBED_TYPE, embedFrameHeight, stripHeight } from '../../lib/embedSize';
import { formatOutOf } from '../../lib/format';

export interface AgreementEmbed {
  title: string;
  lede: string;
  source: string;
  fullView: string;
  /** The frame's height in px without the resize script, at any width. */
  height: number;
  /** The width the frame asks for (oEmbed). */
  width: number;
}

export function agreementEmbed(
  agreement: Agreement,
  data: Pick<Dataset, 'norms' | 'meta' | 'report'>,
  host: string,
): AgreementEmbed {
  const count = agreement.norms.filter((c) => c.reflected).length;
  const texts = {
    title: displayTitle(agreement),
    lede: `${agreement.shortName} reflects ${formatOutOf(count, data.norms.length)} norms of the 2015 UN GGE report, in the report’s coding.`,
    source: `Source: ${reportCitation(data.report)}`,
    fullView: `Open the full view on ${host}`,
  };
  const legend = Object.values(CELL_STATES).map((s) => `${s.symbol} ${s.label}`);
  const height = embedFrameHeight(
    [
      { text: texts.title, kind: 'title' },
      { text: texts.lede, kind: 'body' },
      ...legend.map((text) => ({ text, kind: 'small' as const })),
      { text: `${texts.source} ${texts.fullView}`, kind: 'small' },
      { text: embedFooterText(data.meta.license, false), kind: 'small' },
    ],
    stripHeight(data.norms.length),
  );
  return { ...texts, height, width: 480 + 2 * EMBED_TYPE.padding };
}
