import { MIN_EVIDENCE_WORDS, wordCount, type Evidence } from '../../schemas/evidence';
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

/**
 * Checks every item of a list of evidence found at `basePath`: long enough to be evidence (at least
 * `MIN_EVIDENCE_WORDS` words unless marked as a fragment), and its text and heading verbatim.
 */
export function checkEvidenceList(
  parsed: ParsedYaml,
  basePath: readonly (string | number)[],
  items: readonly Pick<Evidence, 'text' | 'heading' | 'fragment'>[],
  scope: QuoteScope,
): Problem[] {
  return items.flatMap((item, i) => [
    ...(tooShort(item)
      ? [
          problemAt(
            parsed,
            [...basePath, i, 'text'],
            `evidence of at least ${MIN_EVIDENCE_WORDS} words, or a fragment: saying why it is shorter`,
            `${describeValue(item.text)} (${plural(wordCount(item.text), 'word')})`,
          ),
        ]
      : checkText(parsed, [...basePath, i, 'text'], item.text, scope)),
    ...(item.heading === undefined
      ? []
      : checkText(parsed, [...basePath, i, 'heading'], item.heading, scope)),
  ]);
}

function tooShort(item: Pick<Evidence, 'text' | 'fragment'>): boolean {
  return item.fragment === undefined && wordCount(item.text) < MIN_EVIDENCE_WORDS;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
