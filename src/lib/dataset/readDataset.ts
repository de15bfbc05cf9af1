/**
 * The one reader of `data/`: reads every data file from disk, hands them to the verifier and returns
 * the one typed dataset, or the complete list of problems. The Astro content loader, `verify:data`,
 * the benchmark and the tests all call this, so they all see the same data or the same problems.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatProblem, type Problem } from '../verify/problems';
import { verifyData, type DataFiles } from '../verify/verifyData';
import type { TextFile } from '../verify/yamlFile';
import type { Dataset } from './dataset';

/** The G7 timeline; optional, so generated benchmark data sets can leave it out. */
const TIMELINE_FILE = 'g7-timeline.yaml';

/** Where the records live: `data/`, or `DATA_DIR` (the benchmark's generated data sets). */
export function dataDirectory(): string {
  return process.env.DATA_DIR ?? 'data';
}

/** Every data file under `<root>/<dataDir>`, with paths relative to `root`. */
export function readDataFiles(root: string = process.cwd(), dataDir = dataDirectory()): DataFiles {
  const read = (path: string): TextFile => ({
    path: relative(root, path).split('\\').join('/'),
    text: readFileSync(path, 'utf8'),
  });
  const dir = resolve(root, dataDir);
  const inDir = (sub: string, ext: RegExp): TextFile[] =>
    readdirSync(join(dir, sub))
      .filter((name) => ext.test(name))
      .sort()
      .map((name) => read(join(dir, sub, name)));
  return {
    norms: read(join(dir, 'norms.yaml')),
    sources: read(join(dir, 'sources.yaml')),
    dataset: read(join(dir, 'dataset.yaml')),
    reportFigures: read(join(dir, 'report-figures.yaml')),
    agreements: inDir('agreements', /\.ya?ml$/u),
    sourceTexts: inDir('sources', /\.txt$/u),
    documents: inDir('documents', /\.ya?ml$/u),
    ...(existsSync(join(dir, TIMELINE_FILE)) ? { timeline: read(join(dir, TIMELINE_FILE)) } : {}),
  };
}

export type DatasetResult =
  { dataset: Dataset; problems: readonly [] } | { dataset: null; problems: Problem[] };

/** Reads and verifies the data: the dataset, or every problem found in it. */
export function readDataset(
  root: string = process.cwd(),
  dataDir = dataDirectory(),
): DatasetResult {
  const { data, problems } = verifyData(readDataFiles(root, dataDir));
  return data ? { dataset: data, problems: [] } : { dataset: null, problems };
}

/** The error thrown when the data does not pass: its message is the problems, one per line. */
export class DataProblemsError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DataProblemsError';
  }
}

/** The verified dataset, for scripts and tests; throws `DataProblemsError` when it does not pass. */
export function requireDataset(root: string = process.cwd(), dataDir = dataDirectory()): Dataset {
  const result = readDataset(root, dataDir);
  if (!result.dataset) throw new DataProblemsError(result.problems);
  return result.dataset;
}
