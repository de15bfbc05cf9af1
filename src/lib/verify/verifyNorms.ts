import { z } from 'astro/zod';
import { normSchema, type Norm } from '../../schemas/norm';
import { NORM_IDS } from '../../schemas/values';
import { describeValue, type Problem } from './problems';
import { validateRecord } from './schemaProblems';
import { checkText, type QuoteScope } from './verbatimRule';
import { problemAt, type ParsedYaml } from './yamlFile';

/**
 * Checks `data/norms.yaml`: the schema, unique ids and slugs, exactly the norms 1–11 in order, and the
 * simplified and GGE wordings verbatim in the report (the GGE wording within the section it names).
 */
export function verifyNorms(
  parsed: ParsedYaml,
  report: QuoteScope,
  sectionScope: (numeral: string) => QuoteScope | undefined,
): { norms: Norm[]; problems: Problem[] } {
  const { data, problems } = validateRecord(z.array(z.unknown()), parsed, parsed.value);
  if (!data) return { norms: [], problems };
  const norms: Norm[] = [];
  data.forEach((raw, i) => {
    const result = validateRecord(normSchema, parsed, raw, [i]);
    problems.push(...result.problems);
    if (result.data) norms.push(result.data);
  });
  problems.push(...duplicates(parsed, norms, 'id'), ...duplicates(parsed, norms, 'slug'));
  const ids = norms.map((n) => n.id).join(', ');
  if (problems.length === 0 && ids !== NORM_IDS.join(', ')) {
    problems.push(problemAt(parsed, [], `the norms ${NORM_IDS.join(', ')} in this order`, ids));
  }
  norms.forEach((norm, i) => {
    problems.push(...checkText(parsed, [i, 'simplified'], norm.simplified, report));
    if (norm.gge) {
      const scope = sectionScope(norm.gge.section) ?? report;
      problems.push(...checkText(parsed, [i, 'gge', 'text'], norm.gge.text, scope));
    }
  });
  return { norms, problems };
}

function duplicates(parsed: ParsedYaml, norms: Norm[], key: 'id' | 'slug'): Problem[] {
  const seen = new Map<unknown, number>();
  const problems: Problem[] = [];
  norms.forEach((norm, i) => {
    const first = seen.get(norm[key]);
    if (first === undefined) seen.set(norm[key], i);
    else {
      problems.push(
        problemAt(
          parsed,
          [i, key],
          `a ${key} used by no other norm`,
          `${describeValue(norm[key])}, used twice: also by entry [${first}]`,
        ),
      );
    }
  });
  return problems;
}
