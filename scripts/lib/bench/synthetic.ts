import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/**
 * A copy of the data folder with every agreement repeated `factor` times (new slugs, orders and short
 * names; the same cells and quotes), in a temporary folder that is never committed. Used to see how
 * build time and search time grow with the number of agreements.
 */
export function syntheticDataDir(factor: number, from = 'data'): string {
  const dir = mkdtempSync(join(tmpdir(), `cne-bench-${factor}x-`));
  cpSync(from, dir, { recursive: true });
  const folder = join(dir, 'agreements');
  const files = readdirSync(folder).filter((f) => f.endsWith('.yaml'));
  const count = files.length;
  for (const file of files) {
    const record = parse(readFileSync(join(folder, file), 'utf8')) as {
      order: number;
      shortName: string;
    };
    for (let copy = 1; copy < factor; copy += 1) {
      const clone = {
        ...record,
        order: record.order + copy * count,
        shortName: `${record.shortName.slice(0, 32)} #${copy + 1}`,
      };
      writeFileSync(
        join(folder, file.replace(/\.yaml$/u, `-copy-${copy + 1}.yaml`)),
        stringify(clone),
      );
    }
  }
  return dir;
}

/** In memory, the same repetition: `factor` copies of each record with unique slugs and orders. */
export function repeatAgreements<T extends { slug: string; order: number; shortName: string }>(
  agreements: readonly T[],
  factor: number,
): T[] {
  return Array.from({ length: factor }, (_, copy) =>
    agreements.map((a) =>
      copy === 0
        ? a
        : {
            ...a,
            slug: `${a.slug}-copy-${copy + 1}`,
            order: a.order + copy * agreements.length,
            shortName: `${a.shortName.slice(0, 32)} #${copy + 1}`,
          },
    ),
  ).flat();
}
