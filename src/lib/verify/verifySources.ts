import { z } from 'astro/zod';
import { sourceSchema, type Source } from '../../schemas/source';
import { datasetSchema, type DatasetMeta } from '../../schemas/dataset';
import { describeValue, type Problem } from './problems';
import { validateRecord } from './schemaProblems';
import { problemAt, type ParsedYaml } from './yamlFile';

/**
 * Checks `data/sources.yaml`: the schema, unique ids, exactly one report, a text file for every
 * source and a source entry for every text file, related agreements that exist.
 */
export function verifySources(
  parsed: ParsedYaml,
  textFileIds: readonly string[],
  agreementSlugs: readonly string[],
): { sources: Source[]; problems: Problem[] } {
  const { data, problems } = validateRecord(z.array(z.unknown()), parsed, parsed.value);
  if (!data) return { sources: [], problems };
  const sources: Source[] = [];
  data.forEach((raw, i) => {
    const result = validateRecord(sourceSchema, parsed, raw, [i]);
    problems.push(...result.problems);
    if (!result.data) return;
    const source = result.data;
    const first = sources.findIndex((s) => s.id === source.id);
    if (first !== -1) {
      problems.push(
        problemAt(
          parsed,
          [i, 'id'],
          'an id no other source uses',
          `${describeValue(source.id)}, used twice: also by entry [${first}]`,
        ),
      );
    }
    if (!textFileIds.includes(source.id)) {
      problems.push(
        problemAt(parsed, [i, 'id'], `a text file data/sources/${source.id}.txt`, 'no such file'),
      );
    }
    source.relatedAgreements.forEach((slug, j) => {
      if (!agreementSlugs.includes(slug)) {
        problems.push(
          problemAt(
            parsed,
            [i, 'relatedAgreements', j],
            'the slug of an agreement in data/agreements/',
            describeValue(slug),
          ),
        );
      }
    });
    sources.push(source);
  });
  for (const id of textFileIds) {
    if (!sources.some((s) => s.id === id) && problems.length === 0) {
      problems.push(problemAt(parsed, [], `an entry for data/sources/${id}.txt`, 'none'));
    }
  }
  const reports = sources.filter((s) => s.kind === 'report');
  if (problems.length === 0 && reports.length !== 1) {
    problems.push(problemAt(parsed, [], 'exactly one source of kind report', `${reports.length}`));
  }
  return { sources, problems };
}

/**
 * Checks `data/dataset.yaml`: the schema, a version that is the newest changelog entry's, and
 * changelog dates that are real days no later than `today` (`YYYY-MM-DD`).
 */
export function verifyDatasetMeta(
  parsed: ParsedYaml,
  today: string,
): {
  dataset: DatasetMeta | null;
  problems: Problem[];
} {
  const { data, problems } = validateRecord(datasetSchema, parsed, parsed.value);
  data?.changelog.forEach(({ date }, i) => {
    const at = (expected: string) =>
      problems.push(problemAt(parsed, ['changelog', i, 'date'], expected, describeValue(date)));
    if (!isCalendarDate(date)) at('a day of the calendar');
    else if (date > today) at(`a date no later than today (${today})`);
  });
  if (data && data.changelog[0]?.version !== data.version) {
    problems.push(
      problemAt(
        parsed,
        ['version'],
        `the version of the newest changelog entry (${data.changelog[0]?.version ?? 'none'})`,
        describeValue(data.version),
      ),
    );
  }
  return { dataset: problems.length === 0 ? data : null, problems };
}

/** Whether an ISO `YYYY-MM-DD` names a real day (`2026-02-30` does not). */
function isCalendarDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  const parsed = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0));
  return parsed.toISOString().slice(0, 10) === date;
}
