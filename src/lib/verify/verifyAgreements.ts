import { agreementSchema, type Agreement } from '../../schemas/agreement';
import { slugSchema } from '../../schemas/slug';
import { locateSections, type ReportSection } from '../reportSections';
import type { CompactText } from '../text/verbatim';
import { describeValue, type Problem } from './problems';
import { validateRecord } from './schemaProblems';
import { lenientOrder, verifyOrdering, type OrderedEntry } from './agreementOrder';
import { verifyCells } from './verifyCells';
import { checkEvidenceList, type QuoteScope } from './verbatimRule';
import { idFromFileName, problemAt, type ParsedYaml } from './yamlFile';

/** The report as the verifier needs it: its file name, compacted text and year. */
export interface ReportText {
  fileName: string;
  text: CompactText;
  year: number;
}

/**
 * Checks every agreement file: slug from the file name, schema, orders 1 to the number of files
 * without gaps or repeats, the roman numeral of each order, unique short names, the 11 cells, launch
 * dates not after the report, and every quote verbatim within the agreement's own section of the
 * report. `fileCount` counts the agreement files on disk, including any that could not be parsed.
 */
export function verifyAgreements(
  files: readonly ParsedYaml[],
  report: ReportText | null,
  fileCount: number = files.length,
): { agreements: Agreement[]; sections: ReportSection[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const entries: OrderedEntry[] = [];
  for (const parsed of files) {
    const slug = idFromFileName(parsed.file);
    if (!slugSchema.safeParse(slug).success) {
      problems.push({
        file: parsed.file,
        path: '',
        expected: 'a file name that is a kebab-case slug (a-z, 0-9, hyphens)',
        found: describeValue(slug),
      });
    }
    const { data, problems: schemaProblems } = validateRecord(
      agreementSchema,
      parsed,
      parsed.value,
    );
    problems.push(...schemaProblems);
    entries.push({
      parsed,
      order: lenientOrder(parsed.value),
      ...(data ? { agreement: { ...data, slug } } : {}),
    });
  }
  entries.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity));
  const ordering = verifyOrdering(entries, fileCount);
  problems.push(...ordering);
  const records = entries.flatMap(({ parsed, agreement }) =>
    agreement ? [{ parsed, agreement }] : [],
  );
  problems.push(...unique(records, 'shortName'));

  if (!report) {
    // Without the report no quote can be checked; the sources check says why it is missing.
    for (const { parsed, agreement } of records)
      problems.push(...verifyCells(parsed, agreement.norms));
    return { agreements: records.map((r) => r.agreement), sections: [], problems };
  }
  const { sections, missing } = locateSections(
    report.text,
    records.map((r) => r.agreement),
  );
  // A record whose order or numeral is already reported heads no section under its numeral: that
  // is the same mistake, so it is not reported again.
  const misnumbered = new Set(ordering.map((p) => p.file));
  for (const heading of missing) {
    const record = records.find((r) => r.agreement.slug === heading.slug);
    if (record && !misnumbered.has(record.parsed.file)) {
      problems.push(
        problemAt(
          record.parsed,
          ['title'],
          `the heading "${heading.numeral}. ${heading.title}" to occur in ${report.fileName}`,
          'no such heading',
        ),
      );
    }
  }
  for (const { parsed, agreement } of records) {
    problems.push(...verifyCells(parsed, agreement.norms));
    problems.push(...verifyLaunch(parsed, agreement, report.year));
    const section = sections.find((s) => s.slug === agreement.slug);
    if (!section) continue;
    const scope: QuoteScope = {
      source: report.text,
      name: `section ${agreement.numeral} of ${report.fileName}`,
      within: section,
    };
    problems.push(...checkEvidenceList(parsed, ['commentary'], agreement.commentary, scope));
    agreement.norms.forEach((cell, i) => {
      problems.push(...checkEvidenceList(parsed, ['norms', i, 'evidence'], cell.evidence, scope));
    });
    problems.push(
      ...checkEvidenceList(parsed, ['additionalNorms'], agreement.additionalNorms, scope),
    );
  }
  return { agreements: records.map((r) => r.agreement), sections, problems };
}

function unique(
  records: readonly { parsed: ParsedYaml; agreement: Agreement }[],
  key: 'shortName',
): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { parsed, agreement } of records) {
    const other = seen.get(agreement[key]);
    if (other)
      problems.push(
        problemAt(
          parsed,
          [key],
          `a ${key} no other agreement uses`,
          `${describeValue(agreement[key])}, used twice: also by ${other}`,
        ),
      );
    else seen.set(agreement[key], parsed.file);
  }
  return problems;
}

function verifyLaunch(parsed: ParsedYaml, agreement: Agreement, reportYear: number): Problem[] {
  const value = agreement.launched.value;
  if (value === null || Number(value.slice(0, 4)) <= reportYear) return [];
  return [
    problemAt(
      parsed,
      ['launched', 'value'],
      `a launch date no later than the report (${reportYear})`,
      describeValue(value),
    ),
  ];
}
