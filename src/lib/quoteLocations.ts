import type { Agreement } from '../schemas/agreement';
import type { Evidence } from '../schemas/evidence';
import type { Highlight, ReaderBlock } from './sourceReader';
import { locateSections, type ReportSection } from './reportSections';
import { compactText, findVerbatim, type CompactText } from './text/verbatim';
import {
  agreementNormPath,
  agreementPath,
  quoteAnchor,
  sectionAnchor,
  type EvidencePlace,
} from './urls';

/** Every piece of evidence of an agreement, with its place in the record, in reading order. */
export function evidenceOf(agreement: Agreement): { place: EvidencePlace; evidence: Evidence }[] {
  return [
    ...agreement.commentary.map((evidence, index) => ({
      place: { part: 'commentary' as const, index },
      evidence,
    })),
    ...agreement.norms.flatMap((cell) =>
      cell.evidence.map((evidence, index) => ({
        place: { part: 'norm' as const, normId: cell.norm, index },
        evidence,
      })),
    ),
    ...agreement.additionalNorms.map((evidence, index) => ({
      place: { part: 'additional' as const, index },
      evidence,
    })),
  ];
}

/** The report laid out for reading: its sections and every quoted passage located in them. */
export interface ReportLayout {
  text: CompactText;
  sections: ReportSection[];
  highlights: Highlight[];
}

/** Where on the site a piece of evidence is shown, for the reader's links back. */
export function quotedAt(agreement: Agreement, place: EvidencePlace): Highlight['quotedAt'] {
  if (place.part === 'norm') {
    return {
      href: agreementNormPath(agreement.slug, place.normId),
      label: `${agreement.shortName}, norm ${place.normId}`,
    };
  }
  const anchor = place.part === 'commentary' ? 'report-commentary' : 'additional-norms';
  const label = place.part === 'commentary' ? 'report’s framing' : 'additional norms';
  return {
    href: `${agreementPath(agreement.slug)}#${anchor}`,
    label: `${agreement.shortName}, ${label}`,
  };
}

/**
 * Finds each agreement's section in the report and each of its quotes inside that section. Quotes are
 * searched in reading order, each after the previous one, because the report prints a repeated passage
 * again under every norm that uses it: the anchor must land on the printing under its own norm. A quote
 * that cannot be found (the verifier prevents this) is left out rather than placed wrongly.
 */
export function layoutReport(reportText: string, agreements: readonly Agreement[]): ReportLayout {
  const text = compactText(reportText);
  const { sections } = locateSections(text, agreements);
  const highlights: Highlight[] = [];
  for (const agreement of agreements) {
    const section = sections.find((s) => s.slug === agreement.slug);
    if (!section) continue;
    let cursor = section.headingEnd;
    for (const { place, evidence } of evidenceOf(agreement)) {
      const span =
        findVerbatim(text, evidence.text, { start: cursor, end: section.end }) ??
        findVerbatim(text, evidence.text, { start: section.headingEnd, end: section.end });
      if (!span) continue;
      if (span.start >= cursor) cursor = span.start + 1;
      highlights.push({
        id: quoteAnchor(agreement.slug, place),
        span,
        quotedAt: quotedAt(agreement, place),
      });
    }
  }
  return { text, sections, highlights };
}

/** The report as reader blocks: the front matter, then one block per agreement section. */
export function reportBlocks(layout: ReportLayout): ReaderBlock[] {
  const first = layout.sections[0];
  const front: ReaderBlock[] = first
    ? [{ id: 'front-matter', kind: 'paragraph', span: { start: 0, end: first.start } }]
    : [];
  return [
    ...front,
    ...layout.sections.map((s) => ({
      id: sectionAnchor(s.slug),
      kind: 'section' as const,
      span: { start: s.start, end: s.end },
      headingEnd: s.headingEnd,
    })),
  ];
}
