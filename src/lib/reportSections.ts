import { findLastVerbatim, type CompactText, type Span } from './text/verbatim';

/** What is needed to find an agreement's section in the report: its numeral and heading title. */
export interface SectionHeading {
  slug: string;
  numeral: string;
  title: string;
}

/** Where an agreement's section lies in the report text. */
export interface ReportSection extends Span {
  slug: string;
  numeral: string;
  /** Where the heading itself ends; the section body starts here. */
  headingEnd: number;
}

/**
 * Finds each agreement's section in the report by its heading, "<numeral>. <title>".
 * The table of contents repeats the headings, so the last occurrence is the section itself.
 * A section runs to the next section's heading (the last one to the end of the text).
 * Headings that cannot be found are returned in `missing`.
 */
export function locateSections(
  report: CompactText,
  headings: readonly SectionHeading[],
): { sections: ReportSection[]; missing: SectionHeading[] } {
  const found: { heading: SectionHeading; span: Span }[] = [];
  const missing: SectionHeading[] = [];
  for (const heading of headings) {
    const span = findLastVerbatim(report, `${heading.numeral}. ${heading.title}`);
    if (span) found.push({ heading, span });
    else missing.push(heading);
  }
  found.sort((a, b) => a.span.start - b.span.start);
  const sections = found.map(({ heading, span }, i) => ({
    slug: heading.slug,
    numeral: heading.numeral,
    start: span.start,
    headingEnd: span.end,
    end: found[i + 1]?.span.start ?? report.original.length,
  }));
  return { sections, missing };
}
