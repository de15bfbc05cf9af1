import type { Source } from '../schemas/source';

/** The site as an author and publisher. */
export const SITE_NAME = 'Cyber Norms Explorer';

/** What a page citation needs to know. */
export interface CitationInput {
  /** The page's own title, e.g. the agreement's name. */
  title: string;
  /** Absolute URL of the page. */
  url: string;
  /** Dataset version, e.g. `1.0.0`. */
  version: string;
  /** Year the dataset version was published. */
  year: number;
  /** The report the data comes from. */
  report: Source;
}

/** "Hering, J. R." from "John R. Hering". */
export function authorSurnameFirst(name: string): string {
  const parts = name.trim().split(/\s+/u);
  const family = parts.pop() ?? name;
  const initials = parts.map((p) => (p.endsWith('.') ? p : `${p.charAt(0)}.`)).join(' ');
  return initials ? `${family}, ${initials}` : family;
}

/** The report in APA-like style: "Hering, J. R., Hurel, L. M., … (2020). Title. Publisher." */
export function reportCitation(report: Source): string {
  const authors = report.authors.map(authorSurnameFirst);
  const byline =
    authors.length === 0
      ? report.publisher
      : authors.length === 1
        ? (authors[0] ?? '')
        : `${authors.slice(0, -1).join(', ')}, & ${authors.at(-1) ?? ''}`;
  return `${byline} (${report.year}). ${report.title}. ${report.publisher}.`;
}

/** A plain-text citation of a page of this site, with the report as the original source. */
export function pageCitation(input: CitationInput): string {
  return (
    `${SITE_NAME} (${input.year}). ${input.title}. Dataset version ${input.version}. ${input.url}. ` +
    `Original source: ${reportCitation(input.report)}`
  );
}

/** BibTeX for a page of this site and for the report it draws on. */
export function pageBibtex(input: CitationInput, key: string): string {
  const report = input.report;
  const reportKey = `bpf${report.year}cybernorms`;
  return [
    `@misc{${key},`,
    `  author = {{${SITE_NAME}}},`,
    `  title = {${escapeBibtex(input.title)}},`,
    `  year = {${input.year}},`,
    `  version = {${input.version}},`,
    `  url = {${input.url}},`,
    `  note = {Dataset version ${input.version}; based on \\cite{${reportKey}}},`,
    '}',
    '',
    `@techreport{${reportKey},`,
    `  author = {${report.authors.length ? report.authors.map(escapeBibtex).join(' and ') : `{${escapeBibtex(report.publisher)}}`}},`,
    `  title = {${escapeBibtex(report.title)}},`,
    `  institution = {${escapeBibtex(report.publisher)}},`,
    `  year = {${report.year}},`,
    '}',
  ].join('\n');
}

/** A BibTeX key from a site path: `/agreements/paris-call/` → `cne-agreements-paris-call`. */
export function bibtexKey(path: string): string {
  const slug = path
    .split(/[/#?]+/u)
    .filter(Boolean)
    .join('-');
  return `cne-${slug || 'home'}`;
}

function escapeBibtex(text: string): string {
  return text.replace(/([&%$#_{}])/gu, '\\$1');
}

/** The source line printed under a chart and into its downloaded files. */
export function chartSourceLines(report: Source, version: string, chartUrl: string): string[] {
  return [
    `Source: ${reportCitation(report)}`,
    `Chart: ${SITE_NAME}, dataset version ${version}, ${chartUrl}`,
  ];
}
