/**
 * `npm run check:links [dist-dir]`: checks every internal link and #fragment of a built site, under
 * the base path it was built with (BASE_PATH). Prints each broken link and exits 1 when there is any.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findBrokenLinks, type BuiltPage } from './lib/links';

const dist = process.argv[2] ?? 'dist';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/u, '/');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(dist).map((path) => `${base}${relative(dist, path).split('\\').join('/')}`);
const pages: BuiltPage[] = files
  .filter((f) => f.endsWith('.html'))
  .map((urlPath) => ({
    urlPath: urlPath.replace(/index\.html$/u, ''),
    html: readFileSync(join(dist, urlPath.slice(base.length)), 'utf8'),
  }));
const broken = findBrokenLinks(pages, new Set(files));
for (const b of broken) console.error(`${b.page}: ${b.link}: ${b.reason}`);
console.log(`check:links: ${pages.length} pages under ${base}, ${broken.length} broken link(s).`);
process.exit(broken.length > 0 ? 1 : 0);
