import { z } from 'astro/zod';
import { reportFigureSchema, type ReportFigure } from '../../schemas/reportFigure';
import type { Problem } from './problems';
import { validateRecord } from './schemaProblems';
import { checkText, type QuoteScope } from './verbatimRule';
import type { ParsedYaml } from './yamlFile';

/** Checks `data/report-figures.yaml`: the schema, and each claim's sentence verbatim in the report. */
export function verifyReportFigures(
  parsed: ParsedYaml,
  report: QuoteScope | null,
): { figures: ReportFigure[]; problems: Problem[] } {
  const { data, problems } = validateRecord(z.array(z.unknown()), parsed, parsed.value);
  if (!data) return { figures: [], problems };
  const figures: ReportFigure[] = [];
  data.forEach((raw, i) => {
    const result = validateRecord(reportFigureSchema, parsed, raw, [i]);
    problems.push(...result.problems);
    if (!result.data) return;
    figures.push(result.data);
    if (report) problems.push(...checkText(parsed, [i, 'quote'], result.data.quote, report));
  });
  return { figures, problems };
}
