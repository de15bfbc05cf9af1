/**
 * `tsx scripts/check-no-localhost.ts <dist-dir>`: a build made with SITE_URL must not name a local
 * host anywhere a reader or crawler could see it. Scans every text file of the build (PNG pixels
 * cannot be read, so images other than SVG are skipped) and prints `file:line: …` for each
 * `localhost` or `127.0.0.1`; exits 1 when there is any.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

const TEXT_EXTENSIONS = new Set(['.html', '.xml', '.json', '.csv', '.svg', '.txt', '.js', '.css']);
const LOCAL = /localhost|127\.0\.0\.1/gu;

const dist = process.argv[2];
if (!dist) {
  console.error('usage: tsx scripts/check-no-localhost.ts <dist-dir>');
  process.exit(2);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(dist).filter((f) => TEXT_EXTENSIONS.has(extname(f)) || f.endsWith('_headers'));
let found = 0;
for (const file of files) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      for (const match of line.matchAll(LOCAL)) {
        found += 1;
        const at = match.index;
        const excerpt = line.slice(Math.max(0, at - 40), at + 40);
        console.error(`${relative('.', file)}:${i + 1}: ${match[0]} in “${excerpt}”`);
      }
    });
}
console.log(
  `check:no-localhost: ${files.length} text files in ${dist}, ${found} local address(es).`,
);
process.exit(found > 0 ? 1 : 0);
