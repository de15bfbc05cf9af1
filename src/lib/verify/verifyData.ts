import type { Dataset } from '../dataset/dataset';
import { verifyDocuments } from './verifyDocuments';
import { verifyTimeline } from './verifyTimeline';
import type { Norm } from '../../schemas/norm';
import { compactText } from '../text/verbatim';
import type { Problem } from './problems';
import { verifyAgreements } from './verifyAgreements';
import { verifyNorms } from './verifyNorms';
import { verifyReportFigures } from './verifyReportFigures';
import { verifyDatasetMeta, verifySources } from './verifySources';
import type { QuoteScope } from './verbatimRule';
import { parseYamlFile, type ParsedYaml, type TextFile } from './yamlFile';

/** Every data file of the project, as read from disk. */
export interface DataFiles {
  norms: TextFile;
  agreements: readonly TextFile[];
  sources: TextFile;
  dataset: TextFile;
  reportFigures: TextFile;
  /** `data/sources/*.txt`. */
  sourceTexts: readonly TextFile[];
  /** `data/documents/*.yaml`: our coding of related primary texts. */
  documents: readonly TextFile[];
  /** `data/g7-timeline.yaml`, when present: a timeline shown on related agreements' pages. */
  timeline?: TextFile;
}

/**
 * Runs every data check and returns all problems (never stopping at the first one), plus the
 * verified data when there are none.
 */
export function verifyData(files: DataFiles): { data: Dataset | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const parse = (file: TextFile): ParsedYaml | null => {
    const { parsed, problems: syntax } = parseYamlFile(file);
    problems.push(...syntax);
    return parsed;
  };
  const sourceTexts = Object.fromEntries(files.sourceTexts.map((f) => [textId(f.path), f.text]));
  const sourcesFile = parse(files.sources);
  const normsFile = parse(files.norms);
  const datasetFile = parse(files.dataset);
  const figuresFile = parse(files.reportFigures);
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
  const {
    agreements,
    sections,
    problems: agreementProblems,
  } = verifyAgreements(agreementFiles, report);
  problems.push(...agreementProblems);
  let norms: Norm[] = [];
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
  const sources = sourcesFile
    ? collect(
        verifySources(
          sourcesFile,
          Object.keys(sourceTexts),
          agreements.map((a) => a.slug),
        ),
        problems,
      ).sources
    : [];
  const dataset = datasetFile ? collect(verifyDatasetMeta(datasetFile), problems).dataset : null;
  const documentFiles = files.documents.map(parse).filter((p): p is ParsedYaml => p !== null);
  const { documents } = collect(
    verifyDocuments(
      documentFiles,
      sources,
      sourceTexts,
      agreements.map((a) => a.slug),
    ),
    problems,
  );
  const reportFigures = figuresFile
    ? collect(verifyReportFigures(figuresFile, whole), problems).figures
    : [];
  const timelineFile = files.timeline && parse(files.timeline);
  const timeline = timelineFile
    ? collect(
        verifyTimeline(timelineFile, {
          sources,
          sourceTexts,
          agreements,
          documentIds: documents.map((d) => d.id),
        }),
        problems,
      ).timeline
    : null;

  const reportSource = sources.find((s) => s.kind === 'report');
  if (problems.length > 0 || !dataset || !reportSource) return { data: null, problems };
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
    },
    problems,
  };
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
