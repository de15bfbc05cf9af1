import { documentSchema, type CodedDocument } from '../../schemas/document';
import type { Source } from '../../schemas/source';
import { compactText } from '../text/verbatim';
import { describeValue, type Problem } from './problems';
import { validateRecord } from './schemaProblems';
import { checkEvidenceList } from './verbatimRule';
import { verifyCells } from './verifyCells';
import { idFromFileName, problemAt, type ParsedYaml } from './yamlFile';

/** What coded documents are checked against. */
export interface DocumentContext {
  sources: readonly Source[];
  sourceTexts: Readonly<Record<string, string>>;
  agreementSlugs: readonly string[];
  /** The documents folder as messages name it: `data/documents`. */
  folder: string;
  /** Ids of every document file on disk, even those that could not be read; unknown without the folder. */
  presentIds: readonly string[] | undefined;
}

/**
 * Checks our coding of related primary texts (`data/documents/*.yaml`): the schema; a file name that
 * is the id of a primary text in sources.yaml; the same cell rules as the report's agreements; every
 * quote verbatim in that text (not in the report); agreements to compare with that exist; and a
 * record for every primary text.
 */
export function verifyDocuments(
  files: readonly ParsedYaml[],
  { sources, sourceTexts, agreementSlugs, folder, presentIds }: DocumentContext,
): { documents: CodedDocument[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const documents: CodedDocument[] = [];
  for (const parsed of files) {
    const { data, problems: schema } = validateRecord(documentSchema, parsed, parsed.value);
    problems.push(...schema);
    if (!data) continue;
    const id = idFromFileName(parsed.file);
    const source = sources.find((s) => s.id === id);
    const text = sourceTexts[id];
    if (source?.kind !== 'primary-text' || text === undefined) {
      problems.push(
        problemAt(
          parsed,
          [],
          'a file named after a primary text in data/sources.yaml (kind: primary-text)',
          `"${id}", which is not one`,
        ),
      );
      continue;
    }
    problems.push(...verifyCells(parsed, data.norms));
    const scope = { source: compactText(text), name: `data/sources/${id}.txt` };
    data.norms.forEach((cell, i) => {
      problems.push(...checkEvidenceList(parsed, ['norms', i, 'evidence'], cell.evidence, scope));
    });
    data.compareWith.forEach((slug, i) => {
      if (!agreementSlugs.includes(slug))
        problems.push(
          problemAt(parsed, ['compareWith', i], 'the slug of an agreement', describeValue(slug)),
        );
    });
    documents.push({ ...data, id });
  }
  // Agreement pages link every primary text to its coding page, so each one needs a record.
  for (const source of sources.filter(
    (s) => s.kind === 'primary-text' && presentIds && !presentIds.includes(s.id),
  ))
    problems.push({
      file: `${folder}/${source.id}.yaml`,
      path: '',
      expected: `our coding of the primary text "${source.id}" listed in data/sources.yaml`,
      found: 'no such file',
    });
  return { documents, problems };
}
