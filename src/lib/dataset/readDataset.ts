/**
 * The one reader of `data/`: reads every data file from disk, hands them to the verifier and returns
 * the one typed dataset, or the complete list of problems. The Astro content loader, `verify:data`,
 * the benchmark and the tests all call this, so they all see the same data or the same problems.
 */
import { formatProblem, type Problem } from '../verify/problems';
import { verifyData } from '../verify/verifyData';
import type { Dataset } from './dataset';
import { readDataFiles } from './readDataFiles';

export { readDataFiles } from './readDataFiles';

/** Where the records live: `data/`, or `DATA_DIR` (the benchmark's generated data sets). */
export function dataDirectory(): string {
  return process.env.DATA_DIR ?? 'data';
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
