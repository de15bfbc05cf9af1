import { agreementSchema, type Agreement } from '../../schemas/agreement';
import { slugSchema } from '../../schemas/slug';
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
  const entries: Entry[] = [];
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

interface Entry {
  parsed: ParsedYaml;
  /** The record's order when it is a positive integer, even if another field fails the schema. */
  order: number | undefined;
  /** The record, when it passes the schema. */
  agreement?: Agreement;
}

/** A record's `order` read before the schema, so one bad field does not shift every other order. */
function lenientOrder(value: unknown): number | undefined {
  const order = (value as { order?: unknown } | null)?.order;
  return typeof order === 'number' && Number.isSafeInteger(order) && order >= 1 ? order : undefined;
}

/**
 * Orders run 1 to the number of agreement files: each order used twice is reported once, on the
 * second file, naming the first; an order past the number of files is reported with the orders left
 * free, but only when no order repeats and every order is known (otherwise the gap follows from a
 * problem already reported). The numeral is checked on records whose order is not in question.
 */
function verifyOrdering(entries: readonly Entry[], fileCount: number): Problem[] {
  const problems: Problem[] = [];
  const firstWith = new Map<number, string>();
  for (const { parsed, order } of entries) {
    if (order === undefined) continue;
    const first = firstWith.get(order);
    if (first === undefined) firstWith.set(order, parsed.file);
    else
      problems.push(
        problemAt(
          parsed,
          ['order'],
          'an order no other agreement has',
          `${order}, used twice: also by ${first}`,
        ),
      );
  }
  if (problems.length === 0 && firstWith.size === fileCount) {
    const free = Array.from({ length: fileCount }, (_, i) => i + 1).filter(
      (n) => !firstWith.has(n),
    );
    for (const { parsed, order } of entries) {
      if (order !== undefined && order > fileCount)
        problems.push(
          problemAt(
            parsed,
            ['order'],
            `an order from 1 to ${fileCount}, one per agreement file (${free.join(', ')} ${free.length === 1 ? 'is' : 'are'} free)`,
            String(order),
          ),
        );
    }
  }
  const misordered = new Set(problems.map((p) => p.file));
  for (const { parsed, agreement } of entries) {
    if (!agreement || misordered.has(parsed.file)) continue;
    const numeral = toRoman(agreement.order);
    if (numeral !== undefined && agreement.numeral !== numeral)
      problems.push(
        problemAt(
          parsed,
          ['numeral'],
          `${numeral}, the numeral of order ${agreement.order}`,
          describeValue(agreement.numeral),
        ),
      );
  }
  return problems;
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
