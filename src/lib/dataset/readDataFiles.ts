/**
 * Reads `data/` from disk, expecting one layout: the record files below by name, `*.yaml` records in
 * `agreements/` and `documents/`, `*.txt` texts in `sources/`. Anything else is a problem rather than
 * something silently skipped (a `paris-call.yml` would otherwise vanish from the site), and so is a
 * file that cannot be read or is not UTF-8. Which files are required is the verifier's call.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Problem } from '../verify/problems';
import { DATA_FILE_NAMES, type DataFiles } from '../verify/dataFiles';
import type { TextFile } from '../verify/yamlFile';
import { decodeUtf8 } from './decodeUtf8';

/** The folders of `data/`: the field of `DataFiles` each fills and the ending of its files. */
const FOLDERS = {
  agreements: { field: 'agreements', ending: '.yaml', holds: 'agreement records' },
  documents: { field: 'documents', ending: '.yaml', holds: 'coded document records' },
  sources: { field: 'sourceTexts', ending: '.txt', holds: 'source texts' },
} as const;

type Entry = { name: string; kind: 'file' | 'folder' | 'other' } | { name: string; error: string };

/** Every data file under `<root>/<dataDir>`, with paths relative to `root`, and reading problems. */
export function readDataFiles(root: string, dataDir: string): DataFiles {
  const abs = resolve(root, dataDir);
  const shown = (path: string) => relative(root, path).split('\\').join('/') || '.';
  const problems: Problem[] = [];
  const problem = (path: string, expected: string, found: string) =>
    problems.push({ file: shown(path), path: '', expected, found });
  const read = (path: string): TextFile | undefined => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      problem(path, 'a readable file', `a file that cannot be read (${errorCode(error)})`);
      return undefined;
    }
    const decoded = decodeUtf8(bytes);
    if ('text' in decoded) return { path: shown(path), text: decoded.text };
    problems.push({
      file: shown(path),
      line: decoded.line,
      path: '',
      expected: 'UTF-8 text',
      found: `the byte 0x${decoded.byte.toString(16).padStart(2, '0')} at byte offset ${decoded.offset}, which is not UTF-8`,
    });
    return undefined;
  };
  const files: DataFiles = {
    dir: shown(abs),
    agreements: [],
    documents: [],
    sourceTexts: [],
    problems,
  };
  const top = list(abs);
  if (!top) {
    problem(abs, 'the data folder', 'no such folder');
    return files;
  }
  const fileNames: Record<string, string> = DATA_FILE_NAMES;
  const fields = new Map(Object.entries(fileNames).map(([field, name]) => [name, field]));
  for (const entry of top) {
    const path = join(abs, entry.name);
    const field = fields.get(entry.name);
    const folder = Object.hasOwn(FOLDERS, entry.name)
      ? FOLDERS[entry.name as keyof typeof FOLDERS]
      : undefined;
    if ('error' in entry) problem(path, 'a readable file or folder', entry.error);
    else if (field !== undefined && entry.kind === 'file') {
      const file = read(path);
      if (file) Object.assign(files, { [field]: file });
    } else if (field !== undefined) problem(path, 'a file', describe(entry.kind));
    else if (folder && entry.kind === 'folder') {
      files[folder.field] = readFolder(path, folder.ending, folder.holds, read, problem);
    } else if (folder) problem(path, `a folder of ${folder.holds}`, describe(entry.kind));
    else
      problem(
        path,
        `only the files ${Object.values(fileNames).join(', ')} and the folders ${Object.keys(FOLDERS).join(', ')}`,
        `${describe(entry.kind)} the reader does not know`,
      );
  }
  for (const [name, { holds }] of Object.entries(FOLDERS)) {
    if (!top.some((e) => e.name === name))
      problem(join(abs, name), `a folder of ${holds}`, 'no such folder');
  }
  return files;
}

function readFolder(
  dir: string,
  ending: string,
  holds: string,
  read: (path: string) => TextFile | undefined,
  problem: (path: string, expected: string, found: string) => void,
): TextFile[] {
  const texts: TextFile[] = [];
  for (const entry of list(dir) ?? []) {
    const path = join(dir, entry.name);
    const expected = `a file ending ${ending} (this folder holds ${holds})`;
    if ('error' in entry) problem(path, expected, entry.error);
    else if (entry.kind !== 'file') problem(path, expected, describe(entry.kind));
    else if (!entry.name.endsWith(ending)) {
      const dot = entry.name.lastIndexOf('.');
      const found = dot > 0 ? `a file ending ${entry.name.slice(dot)}` : 'a file with no ending';
      problem(path, expected, `${found}, which is not read`);
    } else {
      const file = read(path);
      if (file) texts.push(file);
    }
  }
  return texts;
}

/** The entries of a folder in name order (following links), or undefined when it is not there. */
function list(dir: string): Entry[] | undefined {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return undefined;
  }
  return names.map((name): Entry => {
    try {
      const stat = statSync(join(dir, name));
      return { name, kind: stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other' };
    } catch (error) {
      return { name, error: `an entry that cannot be read (${errorCode(error)})` };
    }
  });
}

function describe(kind: 'file' | 'folder' | 'other'): string {
  return kind === 'file'
    ? 'a file'
    : kind === 'folder'
      ? 'a folder'
      : 'something neither file nor folder';
}

function errorCode(error: unknown): string {
  return String((error as { code?: unknown }).code ?? error);
}
