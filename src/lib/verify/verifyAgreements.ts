import { agreementSchema, type Agreement } from '../../schemas/agreement';
import { slugSchema } from '../../schemas/norm';
import { locateSections, type ReportSection } from '../reportSections';
import { toRoman } from '../roman';
import type { CompactText } from '../text/verbatim';
import { describeValue, type Problem } from './problems';
import { validateRecord } from './schemaProblems';
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
 * Checks every agreement file: slug from the file name, schema, unique and contiguous order with the
 * matching roman numeral, unique short names, the 11 cells, launch dates not after the report, and
 * every quote verbatim within the agreement's own section of the report.
 */
export function verifyAgreements(
  files: readonly ParsedYaml[],
  report: ReportText | null,
): { agreements: Agreement[]; sections: ReportSection[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const records: { parsed: ParsedYaml; agreement: Agreement }[] = [];
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
    if (data) records.push({ parsed, agreement: { ...data, slug } });
  }
  records.sort((a, b) => a.agreement.order - b.agreement.order);
  problems.push(...verifyOrdering(records), ...unique(records, 'shortName'));

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
  for (const heading of missing) {
    const record = records.find((r) => r.agreement.slug === heading.slug);
    if (record) {
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

interface Entry {
  parsed: ParsedYaml;
  agreement: Agreement;
}

function verifyOrdering(records: readonly Entry[]): Problem[] {
  const problems: Problem[] = [];
  records.forEach(({ parsed, agreement }, i) => {
    const expectedOrder = i + 1;
    if (agreement.order !== expectedOrder) {
      problems.push(
        problemAt(
          parsed,
          ['order'],
          `order ${expectedOrder} (orders run 1 to ${records.length} without gaps or repeats)`,
          `${agreement.order}`,
        ),
      );
    }
    const numeral = toRoman(agreement.order);
    if (agreement.numeral !== numeral) {
      problems.push(
        problemAt(
          parsed,
          ['numeral'],
          `${numeral}, the numeral of order ${agreement.order}`,
          describeValue(agreement.numeral),
        ),
      );
    }
  });
  return problems;
}

function unique(records: readonly Entry[], key: 'shortName'): Problem[] {
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
          `${describeValue(agreement[key])}, also used by ${other}`,
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
