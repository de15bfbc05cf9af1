import type { EvidencePlace } from './urls';
import { SITE_NAME } from './cite';

/** What the plain-text citation of one quoted passage names. */
export interface QuoteCitationInput {
  /** The passage, verbatim. */
  quote: string;
  /** The agreement's (or coded document's) short name, as the site shows it elsewhere. */
  agreement: string;
  /** Where the passage sits in the record, from `quotePlaceLabel`, e.g. "Norm 6: Critical infrastructure". */
  place: string;
  /** The locator the report (or our coding) gives, e.g. "Art. 2", when there is one. */
  locator?: string | undefined;
  /** Who coded it, when it is not the report, e.g. our own coding of a related document. */
  note?: string | undefined;
  /** The passage's absolute permalink. */
  url: string;
}

/** How a passage's place reads in a citation: "Norm 6: Critical infrastructure", "Additional norms". */
export function quotePlaceLabel(place: EvidencePlace, normTitle?: string): string {
  if (place.part === 'norm') return `Norm ${place.normId}${normTitle ? `: ${normTitle}` : ''}`;
  return place.part === 'commentary' ? 'The report’s framing' : 'Additional norms';
}

/**
 * One quoted passage as plain text to paste anywhere: the quote in quotation marks, then the
 * agreement, the norm and the locator on one line, then who coded it (only when not the report) and
 * the permalink.
 */
export function quoteCitation(input: QuoteCitationInput): string {
  const where = [input.agreement, input.place, input.locator].filter(Boolean).join(', ');
  return [
    `“${input.quote.replace(/\s+/gu, ' ').trim()}”`,
    `— ${where}.`,
    ...(input.note ? [input.note] : []),
    `${SITE_NAME}: ${input.url}`,
  ].join('\n');
}
