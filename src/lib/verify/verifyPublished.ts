import {
  PUBLISHED_KINDS,
  publishedSchema,
  type Published,
  type PublishedKind,
} from '../../schemas/published';
import { agreementPath, documentPath, normPath, sourcePath } from '../urls';
import { describeValue, type Problem } from './problems';
import { validateRecord } from './schemaProblems';
import { problemAt, type ParsedYaml } from './yamlFile';

/** A record whose slug is a public URL: where it is written, its slug and its former slugs. */
export interface PublicRecord {
  kind: PublishedKind;
  parsed: ParsedYaml;
  /** The record's place in its file: `[]` for a file of its own, `[3]` for an entry of a list. */
  at: readonly (string | number)[];
  slug: string;
  formerSlugs: readonly string[] | undefined;
  /** How messages name the record, e.g. `data/agreements/paris-call.yaml`. */
  name: string;
}

/** The page of a slug of each kind. */
export const PAGE_OF: Record<PublishedKind, (slug: string) => string> = {
  agreements: agreementPath,
  norms: normPath,
  documents: documentPath,
  sources: (id) => sourcePath(id),
};

/**
 * Published URLs are kept: every slug in `data/published.yaml` is still the slug of a record of its
 * kind or listed in one record's `formerSlugs` (which the site turns into a redirect). A former slug
 * is a published one, used by no current record and by no other record's `formerSlugs`.
 */
export function verifyPublished(
  parsed: ParsedYaml,
  records: readonly PublicRecord[],
  checked: readonly PublishedKind[],
  missingName: (kind: PublishedKind, slug: string) => string,
): { ledger: Published | null; problems: Problem[] } {
  const { data, problems } = validateRecord(publishedSchema, parsed, parsed.value);
  if (!data) return { ledger: null, problems };
  const owners = new Map<string, PublicRecord>();
  const key = (kind: PublishedKind, slug: string) => `${kind}:${slug}`;
  for (const record of records) owners.set(key(record.kind, record.slug), record);
  for (const record of records) {
    (record.formerSlugs ?? []).forEach((slug, j) => {
      const path = [...record.at, 'formerSlugs', j];
      const owner = owners.get(key(record.kind, slug));
      if (owner)
        problems.push(
          problemAt(
            record.parsed,
            path,
            'a former slug that no record uses now',
            `${describeValue(slug)}, used twice: also by ${owner === record ? 'this record' : owner.name}`,
          ),
        );
      else if (!data[record.kind].includes(slug))
        problems.push(
          problemAt(
            record.parsed,
            path,
            `a slug published before, as recorded in ${parsed.file} under ${record.kind}`,
            `${describeValue(slug)}, which is not recorded there`,
          ),
        );
      else owners.set(key(record.kind, slug), record);
    });
  }
  for (const kind of PUBLISHED_KINDS) {
    const seen = new Map<string, number>();
    data[kind].forEach((slug, i) => {
      const first = seen.get(slug);
      seen.set(slug, first ?? i);
      if (first !== undefined)
        problems.push(
          problemAt(
            parsed,
            [kind, i],
            'each slug once',
            `${describeValue(slug)}, used twice: also at ${kind}[${first}]`,
          ),
        );
      else if (checked.includes(kind) && !owners.has(key(kind, slug)))
        problems.push(
          problemAt(
            parsed,
            [kind, i],
            `${PAGE_OF[kind](slug)} kept: ${missingName(kind, slug)}, or a record listing "${slug}" in formerSlugs`,
            'neither (a published URL would disappear)',
          ),
        );
    });
  }
  return { ledger: data, problems };
}
