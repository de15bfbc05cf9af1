import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { countElements } from '../../scripts/lib/bench/elements';

/**
 * The list pages stay lean: Lighthouse flags a page past 1,400 elements, and each agreement card
 * once cost 66 of them. The built HTML is counted as the benchmark counts it (start tags, no browser).
 */
const OUT_DIR = process.env.OUT_DIR ?? 'dist';
const LIMIT = 1000;

for (const [name, file] of [
  ['home', 'index.html'],
  ['agreements', 'agreements/index.html'],
] as const) {
  test(`the ${name} page has fewer than ${LIMIT} elements`, () => {
    const html = readFileSync(join(OUT_DIR, file), 'utf8');
    expect(countElements(html)).toBeLessThan(LIMIT);
  });
}
