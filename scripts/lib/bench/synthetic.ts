import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { requireDataset } from '../../../src/lib/dataset/readDataset';
import { toRoman } from '../../../src/lib/roman';

/**
 * A copy of the data folder with every agreement repeated `factor` times, in a temporary folder that
 * is never committed: used to see how build time and search time grow with the number of agreements.
 *
 * The copy must pass the same verification as the real data (the build reads it through the one
 * loader), so each copied agreement gets its own section in a copy of the report's text: a new
 * numeral and a heading "<numeral>. Copy k of <title>" (the prefix keeps the original heading from matching inside it), followed by the original section's body, so
 * every quote stays verbatim within its own section.
 */
export function syntheticDataDir(factor: number, from = 'data'): string {
  const data = requireDataset(process.cwd(), from);
  const dir = mkdtempSync(join(tmpdir(), `cne-bench-${factor}x-`));
  cpSync(from, dir, { recursive: true });
  const reportFile = join(dir, 'sources', `${data.report.id}.txt`);
  const reportText = readFileSync(reportFile, 'utf8');
  const appended: string[] = [];
  const count = data.agreements.length;
  for (let copy = 2; copy <= factor; copy += 1) {
    for (const { slug: _slug, ...record } of data.agreements) {
      const section = data.sections.find((s) => s.slug === _slug);
      if (!section) throw new Error(`synthetic: no report section for ${_slug}`);
      const order = record.order + (copy - 1) * count;
      const title = `Copy ${copy} of ${record.title}`;
      const numeral = toRoman(order);
      appended.push(`\n${numeral}. ${title}\n${reportText.slice(section.headingEnd, section.end)}`);
      const clone = {
        ...record,
        order,
        numeral,
        title,
        shortName: `${record.shortName.slice(0, 32)} #${copy}`,
      };
      writeFileSync(join(dir, 'agreements', `${_slug}-copy-${copy}.yaml`), stringify(clone));
    }
  }
  writeFileSync(reportFile, reportText + appended.join(''));
  return dir;
}
