import type { Evidence } from '../../schemas/evidence';
import { describeValue, type Problem } from './problems';
import { findVerbatim, type CompactText, type Span } from '../text/verbatim';
import { problemAt, type ParsedYaml } from './yamlFile';

/** Where quotes of one record must be found: a source text, optionally one section of it. */
export interface QuoteScope {
  source: CompactText;
  /** Human wording of the scope for messages, e.g. "section IX of bpf-2020-cyber-norms-report.txt". */
  name: string;
  within?: Span;
}

/** A problem when `text`, found at `path`, does not occur verbatim (ignoring whitespace) in the scope. */
export function checkText(
  parsed: ParsedYaml,
  path: readonly (string | number)[],
  text: string,
  scope: QuoteScope,
): Problem[] {
  if (findVerbatim(scope.source, text, scope.within)) return [];
  return [
    problemAt(
      parsed,
      path,
      `text found verbatim (ignoring whitespace) in ${scope.name}`,
      `${describeValue(text)}, which is not there`,
    ),
  ];
}

/** Checks the text and heading of every item of a list of evidence found at `basePath`. */
export function checkEvidenceList(
  parsed: ParsedYaml,
  basePath: readonly (string | number)[],
  items: readonly Pick<Evidence, 'text' | 'heading'>[],
  scope: QuoteScope,
): Problem[] {
  return items.flatMap((item, i) => [
    ...checkText(parsed, [...basePath, i, 'text'], item.text, scope),
    ...(item.heading === undefined
      ? []
      : checkText(parsed, [...basePath, i, 'heading'], item.heading, scope)),
  ]);
}
