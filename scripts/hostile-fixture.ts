/**
 * `tsx scripts/hostile-fixture.ts [dir]`: writes a hostile copy of data/ to dir (see
 * scripts/lib/hostile.ts) that still passes verification, for the end-to-end check that no page
 * runs or injects what the data says. Fields whose rules the markup would break (a length limit, a
 * quote that sits inside another quote) get the short payload, or none; the script says how many.
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readDataFiles, requireDataset } from '../src/lib/dataset/readDataset';
import { formatProblem, formatPath } from '../src/lib/verify/problems';
import {
  DATA_FILE_NAMES,
  allFiles,
  type DataFileField,
  type DataFiles,
} from '../src/lib/verify/dataFiles';
import { verifyData } from '../src/lib/verify/verifyData';
import { parseYamlFile, type TextFile } from '../src/lib/verify/yamlFile';
import {
  HOSTILE_DATA_DIR,
  PLAIN,
  hostileSource,
  textFields,
  withFields,
  type FieldPath,
  type TextField,
} from './lib/hostile';

const outDir = process.argv[2] ?? HOSTILE_DATA_DIR;

const files = readDataFiles(process.cwd(), 'data');
const yamlFiles = allFiles(files).filter((file) => file.path.endsWith('.yaml'));
const records = new Map(
  yamlFiles.map((file) => {
    const { parsed } = parseYamlFile(file);
    if (!parsed) throw new Error(`${file.path} does not parse: run npm run verify:data`);
    return [file.path, parsed.value];
  }),
);
const fields: TextField[] = [...records].flatMap(([file, value]) => textFields(file, value));

/** The hostile files at the fields' current levels. JSON is YAML 1.2, so records are written as JSON. */
function hostileFiles(): DataFiles {
  const yaml = (file: TextFile): TextFile => ({
    path: file.path,
    text: `${JSON.stringify(
      withFields(
        records.get(file.path),
        fields.filter((f) => f.file === file.path),
      ),
      null,
      2,
    )}\n`,
  });
  const named: Partial<Record<DataFileField, TextFile>> = {};
  for (const field of Object.keys(DATA_FILE_NAMES) as DataFileField[]) {
    const file = files[field];
    if (file) named[field] = yaml(file);
  }
  return {
    ...files,
    ...named,
    agreements: files.agreements.map(yaml),
    documents: files.documents.map(yaml),
    sourceTexts: files.sourceTexts.map((t) => ({ ...t, text: hostileSource(t.text, fields) })),
  };
}

/** Whether a field sits at `path` (as a problem writes it) or under it. */
function isUnder(field: FieldPath, path: string): boolean {
  const at = formatPath(field);
  return path !== '' && (at === path || at.startsWith(`${path}.`) || at.startsWith(`${path}[`));
}

/**
 * Lowers the level of every field a problem names (or that sits under it) until the data passes.
 * A problem that names no field is a follow-on of the others (an agreement left out shifts the
 * orders) unless none names a field.
 */
function settle(): DataFiles {
  for (;;) {
    const candidate = hostileFiles();
    const { problems } = verifyData(candidate);
    if (problems.length === 0) return candidate;
    const named = fields.filter(
      (f) => f.level < PLAIN && problems.some((p) => p.file === f.file && isUnder(f.path, p.path)),
    );
    if (named.length === 0)
      throw new Error(`the hostile data cannot pass:\n${problems.map(formatProblem).join('\n')}`);
    for (const field of named) field.level += 1;
  }
}

const settled = settle();
const target = resolve(outDir);
rmSync(target, { recursive: true, force: true });
cpSync('data', target, { recursive: true });
for (const file of allFiles(settled))
  writeFileSync(join(target, relative('data', file.path)), file.text);

// The copy on disk must pass through the one reader, as the build will read it.
requireDataset(process.cwd(), outDir);
const count = (level: number) => fields.filter((f) => f.level === level).length;
console.log(
  `hostile-fixture: ${outDir}: ${fields.length} text fields: ${count(0)} with the long payload, ` +
    `${count(1)} with the short one, ${count(2)} cut short before it, ${count(PLAIN)} plain ` +
    `(${fields.filter((f) => f.quoted && f.level === 0).length} quotes also in their source text).`,
);
for (const field of fields.filter((f) => f.level === PLAIN))
  console.log(`  plain: ${field.file}: ${formatPath(field.path)}`);
