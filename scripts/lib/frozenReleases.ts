/**
 * Frozen copies of earlier dataset releases: `public/data/v<version>/`, copied verbatim into the
 * build so that `/data/v<version>/<file>` stays downloadable after the data moves on. Each holds the
 * release's files, a MANIFEST.md saying where they were built from, and SHA256SUMS (the format
 * `sha256sum -c` reads) over every other file. Only scripts/release-data.ts writes them; a unit test
 * recomputes the sums, so a hand edit fails the tests.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const FROZEN_ROOT = 'public/data';
export const SUMS_FILE = 'SHA256SUMS';
export const MANIFEST_FILE = 'MANIFEST.md';

/** `v1.1.0` → `1.1.0`; anything else under public/data/ is not a release. */
export function releaseVersion(dirName: string): string | undefined {
  return /^v(\d+\.\d+\.\d+)$/u.exec(dirName)?.[1];
}

/** Every file under `dir`, as sorted paths relative to it with `/` separators. */
export function filesUnder(dir: string): string[] {
  const walk = (at: string): string[] =>
    readdirSync(at).flatMap((name) => {
      const path = join(at, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(dir)
    .map((path) => relative(dir, path).split('\\').join('/'))
    .sort();
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The SHA256SUMS text for every file of a frozen release except the sums file itself. */
export function checksums(dir: string): string {
  return filesUnder(dir)
    .filter((file) => file !== SUMS_FILE)
    .map((file) => `${sha256(join(dir, file))}  ${file}\n`)
    .join('');
}

/** The frozen releases in the repository, by version (as `v<version>` directory names). */
export function frozenReleases(root = FROZEN_ROOT): { version: string; dir: string }[] {
  return readdirSync(root)
    .flatMap((name) => {
      const version = releaseVersion(name);
      return version ? [{ version, dir: join(root, name) }] : [];
    })
    .sort((a, b) => a.version.localeCompare(b.version, 'en', { numeric: true }));
}
