import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatProblem } from '../../src/lib/verify/problems';
import { verifyData, type DataFiles, type VerifiedData } from '../../src/lib/verify/verifyData';
import type { TextFile } from '../../src/lib/verify/yamlFile';

/** The G7 timeline; optional, so generated benchmark data sets can leave it out. */
const TIMELINE_FILE = 'g7-timeline.yaml';

/**
 * Reads every data file under `<root>/data` (or `DATA_DIR`, for the benchmark's generated data sets),
 * with paths relative to `root`.
 */
export function readDataFiles(
  root: string = process.cwd(),
  dataDir: string = process.env.DATA_DIR ?? 'data',
): DataFiles {
  const read = (path: string): TextFile => ({
    path: relative(root, path).split('\\').join('/'),
    text: readFileSync(path, 'utf8'),
  });
  const inDir = (dir: string, ext: RegExp): TextFile[] =>
    readdirSync(join(root, dir))
      .filter((name) => ext.test(name))
      .sort()
      .map((name) => read(join(root, dir, name)));
  return {
    norms: read(join(root, dataDir, 'norms.yaml')),
    sources: read(join(root, dataDir, 'sources.yaml')),
    dataset: read(join(root, dataDir, 'dataset.yaml')),
    reportFigures: read(join(root, dataDir, 'report-figures.yaml')),
    agreements: inDir(join(dataDir, 'agreements'), /\.ya?ml$/u),
    sourceTexts: inDir(join(dataDir, 'sources'), /\.txt$/u),
    documents: inDir(join(dataDir, 'documents'), /\.ya?ml$/u),
    ...(existsSync(join(root, dataDir, TIMELINE_FILE))
      ? { timeline: read(join(root, dataDir, TIMELINE_FILE)) }
      : {}),
  };
}

/** The verified dataset; throws with every problem, one per line, when the data does not pass. */
export function loadVerifiedData(root: string = process.cwd()): VerifiedData {
  const { data, problems } = verifyData(readDataFiles(root));
  if (!data)
    throw new Error(
      `The data does not pass verification:\n${problems.map(formatProblem).join('\n')}`,
    );
  return data;
}
