import type { z } from 'astro/zod';
import { describeValue, type Problem } from './problems';
import { problemAt, type ParsedYaml } from './yamlFile';

/**
 * Validates `value` (found at `basePath` of a parsed file) against a zod schema and turns every
 * issue into one readable problem naming the field, what was expected and what was found.
 */
export function validateRecord<S extends z.ZodTypeAny>(
  schema: S,
  parsed: ParsedYaml,
  value: unknown,
  basePath: readonly (string | number)[] = [],
): { data: z.output<S> | null; problems: Problem[] } {
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data as z.output<S>, problems: [] };
  const problems = result.error.issues.map((issue) => {
    const path = [...basePath, ...issue.path];
    const found = valueAt(value, issue.path);
    return problemAt(parsed, path, expectedFor(issue), foundFor(issue, found));
  });
  return { data: null, problems };
}

function expectedFor(issue: z.ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return article(issue.expected);
    case 'invalid_enum_value':
      return `one of ${issue.options.map((o) => JSON.stringify(o)).join(', ')}`;
    case 'invalid_literal':
      return JSON.stringify(issue.expected);
    case 'unrecognized_keys':
      return 'only the fields the schema documents';
    case 'too_small':
      if (issue.type === 'string') return 'non-empty text';
      if (issue.type === 'array') return `at least ${String(issue.minimum)} item(s)`;
      return `a value of at least ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.type === 'string') return `text of at most ${String(issue.maximum)} characters`;
      if (issue.type === 'array') return `at most ${String(issue.maximum)} item(s)`;
      return `a value of at most ${String(issue.maximum)}`;
    default:
      return issue.message.replace(/^expected /u, '');
  }
}

function foundFor(issue: z.ZodIssue, found: unknown): string {
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.join(', ')}`;
  if (issue.code === 'too_big' && typeof found === 'string') return `${found.length} characters`;
  if (
    issue.code === 'invalid_type' &&
    found !== undefined &&
    found !== null &&
    typeof found !== 'string' &&
    typeof found !== 'object'
  ) {
    return `${issue.received} ${describeValue(found)}`.replace(/^(\w+) \1$/u, '$1');
  }
  return describeValue(found);
}

function article(type: string): string {
  return /^[aeiou]/u.test(type) ? `an ${type}` : `a ${type}`;
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current: unknown = value;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}
