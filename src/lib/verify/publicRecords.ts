import type { Agreement } from '../../schemas/agreement';
import type { CodedDocument } from '../../schemas/document';
import type { Norm } from '../../schemas/norm';
import type { Source } from '../../schemas/source';
import { PUBLISHED_KINDS, type PublishedKind } from '../../schemas/published';
import { DATA_FILE_NAMES, inDataDir } from './dataFiles';
import type { Problem } from './problems';
import { verifyPublished, type PublicRecord } from './verifyPublished';
import { idFromFileName, type ParsedYaml } from './yamlFile';

/** The verified records and the files they came from. */
export interface VerifiedRecords {
  agreements: readonly Agreement[];
  agreementFiles: readonly ParsedYaml[];
  norms: readonly Norm[];
  normsFile: ParsedYaml | null;
  documents: readonly CodedDocument[];
  documentFiles: readonly ParsedYaml[];
  sources: readonly Source[];
  sourcesFile: ParsedYaml | null;
}

/** Every record whose slug is a public URL, with where its `formerSlugs` are written. */
export function publicRecords(verified: VerifiedRecords): PublicRecord[] {
  const ownFile = (
    kind: 'agreements' | 'documents',
    files: readonly ParsedYaml[],
    slug: string,
    formerSlugs: readonly string[] | undefined,
  ): PublicRecord[] => {
    const parsed = files.find((f) => idFromFileName(f.file) === slug);
    return parsed ? [{ kind, parsed, at: [], slug, formerSlugs, name: parsed.file }] : [];
  };
  const entry = (
    kind: 'norms' | 'sources',
    parsed: ParsedYaml | null,
    slug: string,
    formerSlugs: readonly string[] | undefined,
    i: number,
  ): PublicRecord[] =>
    parsed ? [{ kind, parsed, at: [i], slug, formerSlugs, name: `${parsed.file} [${i}]` }] : [];
  return [
    ...verified.agreements.flatMap((a) =>
      ownFile('agreements', verified.agreementFiles, a.slug, a.formerSlugs),
    ),
    ...verified.documents.flatMap((d) =>
      ownFile('documents', verified.documentFiles, d.id, d.formerSlugs),
    ),
    ...verified.norms.flatMap((n, i) =>
      entry('norms', verified.normsFile, n.slug, n.formerSlugs, i),
    ),
    ...verified.sources.flatMap((s, i) =>
      entry('sources', verified.sourcesFile, s.id, s.formerSlugs, i),
    ),
  ];
}

/**
 * Checks `data/published.yaml` against the records. Only records that passed every check can say
 * whether a published slug has gone: a kind whose files already have problems is left out, since a
 * record that failed is not missing, it is broken, and that is already reported.
 */
export function verifyLedger(
  ledger: ParsedYaml,
  context: VerifiedRecords & {
    dir: string;
    earlier: readonly Problem[];
    /** Kinds whose records could not be checked at all (and so are not known to be missing). */
    unchecked: readonly PublishedKind[];
  },
): ReturnType<typeof verifyPublished> {
  const writtenIn: Record<PublishedKind, string> = {
    agreements: inDataDir(context.dir, 'agreements'),
    documents: inDataDir(context.dir, 'documents'),
    norms: inDataDir(context.dir, DATA_FILE_NAMES.norms),
    sources: inDataDir(context.dir, DATA_FILE_NAMES.sources),
  };
  const checked = PUBLISHED_KINDS.filter(
    (kind) =>
      !context.unchecked.includes(kind) &&
      !context.earlier.some(
        (p) => p.file === writtenIn[kind] || p.file.startsWith(`${writtenIn[kind]}/`),
      ),
  );
  return verifyPublished(ledger, publicRecords(context), checked, (kind, slug) =>
    kind === 'agreements' || kind === 'documents'
      ? `${writtenIn[kind]}/${slug}.yaml`
      : `an entry with that slug in ${writtenIn[kind]}`,
  );
}
