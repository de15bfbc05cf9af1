import type { Dataset } from '../dataset/dataset';
import { wordingOfDataset } from '../wording/datasetWording';
import type { Norm } from '../../schemas/norm';
import { compactText } from '../text/verbatim';
import {
  DATA_FILE_NAMES,
  OPTIONAL_FILES,
  inDataDir,
  leftOutFiles,
  slugsOnDisk,
  type DataFileField,
  type DataFiles,
} from './dataFiles';
import type { Problem } from './problems';
import { verifyLedger } from './publicRecords';
import { verifyAgreements } from './verifyAgreements';
import { verifyDocuments } from './verifyDocuments';
import { verifyNorms } from './verifyNorms';
import { verifyReportFigures } from './verifyReportFigures';
import { verifyDatasetMeta, verifySources } from './verifySources';
import { verifyTimeline } from './verifyTimeline';
import type { QuoteScope } from './verbatimRule';
import { parseYamlFile, type ParsedYaml, type TextFile } from './yamlFile';

export interface VerifyOptions {
  /** Today as `YYYY-MM-DD`: no changelog date may be later. Tests fix it; by default, the clock. */
  today?: string;
}

/**
 * Runs every data check and returns all problems (never stopping at the first one), plus the
 * verified data when there are none. A check whose input already has a problem is skipped, so one
 * mistake gives one line.
 */
export function verifyData(
  files: DataFiles,
  { today = todayAnywhere() }: VerifyOptions = {},
): { data: Dataset | null; problems: Problem[] } {
  const problems: Problem[] = [...(files.problems ?? [])];
  const readProblems = problems.map((p) => p.file);
  const parse = (file: TextFile): ParsedYaml | null => {
    const { parsed, problems: syntax } = parseYamlFile(file);
    problems.push(...syntax);
    return parsed;
  };
  const parseNamed = (field: DataFileField): ParsedYaml | null => {
    const file = files[field];
    if (file) return parse(file);
    const path = inDataDir(files.dir, DATA_FILE_NAMES[field]);
    // The reader already said why a file is missing when it named it or a folder holding it.
    const explained = readProblems.some((p) => p === path || path.startsWith(`${p}/`));
    if (!OPTIONAL_FILES.includes(field) && !explained)
      problems.push({
        file: path,
        path: '',
        expected: 'this file (every data set needs it)',
        found: 'no such file',
      });
    return null;
  };
  const sourceTexts = Object.fromEntries(files.sourceTexts.map((f) => [textId(f.path), f.text]));
  const sourcesFile = parseNamed('sources');
  const normsFile = parseNamed('norms');
  const datasetFile = parseNamed('dataset');
  const figuresFile = parseNamed('reportFigures');
  const publishedFile = parseNamed('published');
  const agreementFiles = files.agreements.map(parse).filter((p): p is ParsedYaml => p !== null);

  const reportId = findReportId(sourcesFile);
  const reportText = reportId === undefined ? undefined : sourceTexts[reportId];
  const report =
    reportId !== undefined && reportText !== undefined
      ? {
          fileName: `${reportId}.txt`,
          text: compactText(reportText),
          year: findReportYear(sourcesFile),
        }
      : null;
  const agreementCount = files.agreements.length + leftOutFiles(files, 'agreements').length;
  const agreementSlugs = slugsOnDisk(files, 'agreements') ?? [];
  const documentIds = slugsOnDisk(files, 'documents');
  const {
    agreements,
    sections,
    problems: agreementProblems,
  } = verifyAgreements(agreementFiles, report, agreementCount);
  problems.push(...agreementProblems);
  let norms: Norm[] | null = null;
  const whole: QuoteScope | null = report && { source: report.text, name: report.fileName };
  if (report && whole && normsFile) {
    const sectionScope = (numeral: string): QuoteScope | undefined => {
      const slug = agreements.find((a) => a.numeral === numeral)?.slug;
      const within = sections.find((s) => s.slug === slug);
      return within
        ? { ...whole, name: `section ${numeral} of ${report.fileName}`, within }
        : undefined;
    };
    norms = collect(verifyNorms(normsFile, whole, sectionScope), problems).norms;
  }
  const textIds = [
    ...Object.keys(sourceTexts),
    ...leftOutFiles(files, 'sources')
      .filter((f) => f.endsWith('.txt'))
      .map(textId),
  ];
  const sources = sourcesFile
    ? collect(verifySources(sourcesFile, textIds, agreementSlugs), problems).sources
    : [];
  const dataset = datasetFile
    ? collect(verifyDatasetMeta(datasetFile, today), problems).dataset
    : null;
  const documentFiles = files.documents.map(parse).filter((p): p is ParsedYaml => p !== null);
  // Coded documents and the timeline are checked against the sources: with sources.yaml broken
  // (already reported) every one of them would be reported too, so they wait until it passes.
  const sourcesFileName = inDataDir(files.dir, DATA_FILE_NAMES.sources);
  const sourcesPass = sourcesFile !== null && !problems.some((p) => p.file === sourcesFileName);
  const { documents } = collect(
    verifyDocuments(sourcesPass ? documentFiles : [], {
      sources,
      sourceTexts,
      agreementSlugs,
      folder: inDataDir(files.dir, 'documents'),
      presentIds: documentIds,
    }),
    problems,
  );
  const reportFigures = figuresFile
    ? collect(verifyReportFigures(figuresFile, whole), problems).figures
    : [];
  const timelineFile = files.timeline && parse(files.timeline);
  const timeline =
    timelineFile && sourcesPass
      ? collect(
          verifyTimeline(timelineFile, {
            sources,
            sourceTexts,
            agreementSlugs,
            // With the folder missing (reported once), no entry's document is reported as well.
            documentIds: documentIds ?? sources.map((s) => s.id),
          }),
          problems,
        ).timeline
      : null;
  const published = publishedFile
    ? collect(
        verifyLedger(publishedFile, {
          dir: files.dir,
          earlier: problems,
          // Norms are checked only with the report, documents only with the sources: without them,
          // they are not known to be there.
          unchecked: [
            ...(norms ? [] : ['norms' as const]),
            ...(sourcesPass ? [] : ['documents' as const]),
          ],
          agreements,
          agreementFiles,
          norms: norms ?? [],
          normsFile,
          documents,
          documentFiles,
          sources,
          sourcesFile,
        }),
        problems,
      ).ledger
    : null;

  const reportSource = sources.find((s) => s.kind === 'report');
  if (problems.length > 0 || !dataset || !reportSource || !norms || !published)
    return { data: null, problems };
  return {
    data: {
      norms,
      agreements,
      sources,
      report: reportSource,
      meta: dataset,
      reportFigures,
      sourceTexts,
      sections,
      documents,
      timeline,
      published,
      // Derived once here, from verified cells, so pages, charts and downloads share one result.
      wording: wordingOfDataset({ norms, agreements, documents }),
    },
    problems,
  };
}

/**
 * Today's date where it is already latest (UTC+14), so an editor anywhere may date a change on
 * their own today.
 */
function todayAnywhere(): string {
  return new Date(Date.now() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

function collect<T extends { problems: Problem[] }>(result: T, problems: Problem[]): T {
  problems.push(...result.problems);
  return result;
}

/** `data/sources/foo.txt` → `foo`. */
function textId(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.txt$/u, '');
}

/** The id of the source of kind `report`, read leniently so agreements can be checked regardless. */
function findReportId(sources: ParsedYaml | null): string | undefined {
  return reportEntry(sources)?.id as string | undefined;
}

function findReportYear(sources: ParsedYaml | null): number {
  const year = reportEntry(sources)?.year;
  return typeof year === 'number' ? year : Number.POSITIVE_INFINITY;
}

function reportEntry(sources: ParsedYaml | null): Record<string, unknown> | undefined {
  if (!sources || !Array.isArray(sources.value)) return undefined;
  return (sources.value as unknown[]).find(
    (s): s is Record<string, unknown> =>
      typeof s === 'object' && s !== null && (s as Record<string, unknown>).kind === 'report',
  );
}
