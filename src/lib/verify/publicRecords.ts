import type { Agreement } from '../../schemas/agreement';
import type { CodedDocument } from '../../schemas/document';
import type { Norm } from '../../schemas/norm';
import type { Source } from '../../schemas/source';
import type { PublicRecord } from './verifyPublished';
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
