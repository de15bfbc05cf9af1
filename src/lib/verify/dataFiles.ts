import type { Problem } from './problems';
import type { TextFile } from './yamlFile';

/** The files directly under `data/`, by the field of `DataFiles` each fills. */
export const DATA_FILE_NAMES = {
  norms: 'norms.yaml',
  sources: 'sources.yaml',
  dataset: 'dataset.yaml',
  reportFigures: 'report-figures.yaml',
  published: 'published.yaml',
  timeline: 'g7-timeline.yaml',
} as const;
export type DataFileField = keyof typeof DATA_FILE_NAMES;

/** The G7 timeline is optional, so generated benchmark data sets can leave it out; the rest is not. */
export const OPTIONAL_FILES: readonly DataFileField[] = ['timeline'];

/** Every data file of the project, as read from disk; a file that could not be read is absent. */
export interface DataFiles extends Partial<Record<DataFileField, TextFile>> {
  /** The data folder as messages name it, relative to the working directory: `data`. */
  dir: string;
  /** `<dir>/agreements/*.yaml`. */
  agreements: readonly TextFile[];
  /** `<dir>/sources/*.txt`. */
  sourceTexts: readonly TextFile[];
  /** `<dir>/documents/*.yaml`: our coding of related primary texts. */
  documents: readonly TextFile[];
  /** What reading found: unexpected, unreadable or non-UTF-8 files (such files are left out). */
  problems?: readonly Problem[];
}

/** `dir` joined with a path inside it, as messages write it. */
export function inDataDir(dir: string, path: string): string {
  return dir === '.' ? path : `${dir}/${path}`;
}

/** The files the reader found but left out (unreadable, misnamed) in `folder`, by path. */
export function leftOutFiles(files: DataFiles, folder: string): string[] {
  const prefix = `${inDataDir(files.dir, folder)}/`;
  return (files.problems ?? []).map((p) => p.file).filter((file) => file.startsWith(prefix));
}

/**
 * The slugs of every file on disk in `folder` (`paris-call.yml` → `paris-call`), whether or not it
 * could be read or passed its checks: other records may refer to them without a follow-on problem,
 * since the file's own problem is reported. Undefined when the folder itself is missing.
 */
export function slugsOnDisk(
  files: DataFiles,
  folder: 'agreements' | 'documents',
): string[] | undefined {
  if (files.problems?.some((p) => p.file === inDataDir(files.dir, folder))) return undefined;
  return [...files[folder].map((f) => f.path), ...leftOutFiles(files, folder)].map((path) =>
    (path.split('/').pop() ?? path).replace(/\.[^.]*$/u, ''),
  );
}

/** Every file `files` holds, the files under `data/` first, then the folders' files. */
export function allFiles(files: DataFiles): TextFile[] {
  const named = (Object.keys(DATA_FILE_NAMES) as DataFileField[]).flatMap((field) => {
    const file = files[field];
    return file ? [file] : [];
  });
  return [...named, ...files.agreements, ...files.sourceTexts, ...files.documents];
}
