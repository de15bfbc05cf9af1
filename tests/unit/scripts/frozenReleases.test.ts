import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EVERY_RELEASE_FILES, fileName } from '../../../src/lib/downloads';
import {
  MANIFEST_FILE,
  SUMS_FILE,
  checksums,
  filesUnder,
  frozenReleases,
} from '../../../scripts/lib/frozenReleases';

/**
 * The frozen copies of earlier releases in public/data/v<version>/ are what those releases
 * published: only scripts/release-data.ts writes them, with their checksums, and nothing may change
 * them afterwards.
 */
const meta = parse(readFileSync('data/dataset.yaml', 'utf8')) as {
  version: string;
  changelog: { version: string }[];
};
const releases = frozenReleases();

describe('frozen releases in public/data/', () => {
  it('keep every earlier release of the changelog, and only earlier ones', () => {
    const earlier = meta.changelog.map((c) => c.version).filter((v) => v !== meta.version);
    // The current release is served from the build; a frozen copy of it would clash with that.
    expect(releases.map((r) => r.version)).toEqual([...earlier].reverse());
  });

  it.each(releases.map((r) => [r.version, r.dir]))(
    '%s matches its SHA256SUMS, which lists every file it holds',
    (_, dir) => {
      expect(readFileSync(join(dir, SUMS_FILE), 'utf8')).toBe(checksums(dir));
    },
  );

  it.each(releases.map((r) => [r.version, r.dir]))(
    '%s holds the files every release has, and says what it was built from',
    (version, dir) => {
      const files = filesUnder(dir);
      for (const path of EVERY_RELEASE_FILES) expect(files).toContain(fileName({ path }));
      const manifest = readFileSync(join(dir, MANIFEST_FILE), 'utf8');
      expect(manifest).toContain(`version ${version}`);
      expect(manifest).toMatch(/Built from commit [0-9a-f]{40}/u);
      const agreements = JSON.parse(readFileSync(join(dir, 'agreements.json'), 'utf8')) as {
        dataset: { version: string };
      };
      expect(agreements.dataset.version).toBe(version);
    },
  );

  it('has nothing else under public/data/', () => {
    expect(filesUnder('public/data').filter((f) => !/^v\d+\.\d+\.\d+\//u.test(f))).toEqual([]);
    expect(existsSync('public/data/index.html')).toBe(false);
  });
});
