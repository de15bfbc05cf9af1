import type { Source } from '../../schemas/source';
import { timelineSchema, type Timeline } from '../../schemas/timeline';
import { compactText } from '../text/verbatim';
import { describeValue, type Problem } from './problems';
import { validateRecord } from './schemaProblems';
import { checkText } from './verbatimRule';
import { problemAt, type ParsedYaml } from './yamlFile';

/** What the timeline is checked against. */
export interface TimelineContext {
  sources: readonly Source[];
  sourceTexts: Readonly<Record<string, string>>;
  /** Slugs of the agreement files, whether or not they passed (their own problems are reported). */
  agreementSlugs: readonly string[];
  documentIds: readonly string[];
}

/**
 * Checks `data/g7-timeline.yaml`: the schema; a source with a text that relates to agreements (the
 * timeline is shown on their pages); every title a whole line of that text; every year either quoted
 * verbatim from one of our sources (with the year in the quote) or explained; entries in year order,
 * undated ones last; links to agreements and coded documents that exist.
 */
export function verifyTimeline(
  parsed: ParsedYaml,
  context: TimelineContext,
): { timeline: Timeline | null; problems: Problem[] } {
  const { data, problems } = validateRecord(timelineSchema, parsed, parsed.value);
  if (!data) return { timeline: null, problems };
  const source = context.sources.find((s) => s.id === data.sourceId);
  const text = context.sourceTexts[data.sourceId];
  if (!source || text === undefined || source.relatedAgreements.length === 0) {
    problems.push(
      problemAt(
        parsed,
        ['sourceId'],
        'the id of a source in data/sources.yaml, with a text, that relates to at least one agreement',
        describeValue(data.sourceId),
      ),
    );
    return { timeline: null, problems };
  }
  const lines = new Set(text.split('\n').map(normalise));
  const scopeOf = (id: string) => {
    const yearText = context.sourceTexts[id];
    return yearText === undefined
      ? null
      : { source: compactText(yearText), name: `data/sources/${id}.txt` };
  };
  data.entries.forEach((entry, i) => {
    const at = (field: string, expected: string, found: string) =>
      problems.push(problemAt(parsed, ['entries', i, field], expected, found));
    if (!lines.has(normalise(entry.title)))
      at('title', `a title printed as a line of ${data.sourceId}.txt`, describeValue(entry.title));
    if (entry.yearWording !== undefined) {
      const scope = scopeOf(entry.yearSource ?? data.sourceId);
      if (scope)
        problems.push(
          ...checkText(parsed, ['entries', i, 'yearWording'], entry.yearWording, scope),
        );
      else at('yearSource', 'the id of a source with a text', describeValue(entry.yearSource));
      if (entry.year === null || !entry.yearWording.includes(String(entry.year)))
        at(
          'yearWording',
          `wording that gives the year ${String(entry.year)}`,
          describeValue(entry.yearWording),
        );
    } else if (entry.yearNote === undefined) {
      at(
        'yearNote',
        'a note saying how the entry is dated, since the list does not date it',
        'none',
      );
    }
    if (entry.agreement !== undefined && !context.agreementSlugs.includes(entry.agreement))
      at(
        'agreement',
        'the slug of an agreement in data/agreements/',
        describeValue(entry.agreement),
      );
    if (entry.document !== undefined && !context.documentIds.includes(entry.document))
      at(
        'document',
        'the id of a coded document in data/documents/',
        describeValue(entry.document),
      );
  });
  const years = data.entries.map((e) => e.year ?? Number.POSITIVE_INFINITY);
  const outOfOrder = years.findIndex((year, i) => i > 0 && year < (years[i - 1] ?? year));
  if (outOfOrder > 0)
    problems.push(
      problemAt(
        parsed,
        ['entries', outOfOrder, 'year'],
        'entries in year order, undated ones last',
        `${String(data.entries[outOfOrder]?.year)} after ${String(data.entries[outOfOrder - 1]?.year)}`,
      ),
    );
  return { timeline: problems.length === 0 ? data : null, problems };
}

function normalise(line: string): string {
  return line.replace(/\s+/gu, ' ').trim();
}
