/**
 * `npm run release:data -- <mode>`: freezes a dataset release into public/data/v<version>/, so its
 * files stay downloadable at /data/v<version>/ after the data changes. Never edit a frozen copy by
 * hand: a unit test checks it against its SHA256SUMS.
 *
 *   commit <commit>   build an earlier commit (a git worktree in the system's temp folder, with a
 *                     copy of node_modules brought to that commit's lockfile) and freeze its /data/
 *                     files: how releases made before this script existed were recovered.
 *   current [dist]    freeze the current release from a build (`dist/data/v<version>/`, default
 *                     dist): run it, in the same change, just before bumping the version.
 *
 * RELEASE_NOTE, when set, is written into the manifest (e.g. why that commit stands for the release).
 * SITE_URL must be the public origin (the frozen files carry absolute addresses, e.g. evidence.csv's
 * source_url). `--replace` overwrites an existing frozen copy (e.g. to rebuild it for a new host).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FROZEN_ROOT, MANIFEST_FILE, SUMS_FILE, checksums, filesUnder } from './lib/frozenReleases';

interface Release {
  version: string;
  /** The release's date in its changelog. */
  date: string;
  commit: string;
  commitDate: string;
}

function fail(message: string): never {
  console.error(`release:data: ${message}`);
  process.exit(1);
}

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();

function releaseAt(commit: string, datasetYaml: string): Release {
  const meta = parse(datasetYaml) as { version: string; changelog: { date: string }[] };
  return {
    version: meta.version,
    date: meta.changelog[0]?.date ?? '',
    commit: git('rev-parse', commit),
    commitDate: git('show', '-s', '--format=%cI', commit),
  };
}

/** The downloads of a built site: `data/v<version>/` when the build has one, else data/'s files. */
function builtDataFiles(dist: string, version: string): { dir: string; files: string[] } {
  const versioned = join(dist, 'data', `v${version}`);
  if (existsSync(versioned)) return { dir: versioned, files: filesUnder(versioned) };
  const dir = join(dist, 'data');
  // Before versioned folders, a release's downloads were the files directly in /data/.
  return { dir, files: filesUnder(dir).filter((f) => !f.includes('/') && !f.endsWith('.html')) };
}

function freeze(release: Release, dist: string, site: string, how: string, replace: boolean) {
  const target = join(FROZEN_ROOT, `v${release.version}`);
  if (existsSync(target) && !replace)
    fail(`${target} exists; pass --replace to rebuild it (its files will change)`);
  rmSync(target, { recursive: true, force: true });
  const { dir, files } = builtDataFiles(dist, release.version);
  if (files.length === 0) fail(`no data files in ${dir}`);
  for (const file of files) cpSync(join(dir, file), join(target, file));
  writeFileSync(
    join(target, MANIFEST_FILE),
    [
      `# Cyber Norms Explorer dataset, version ${release.version}`,
      '',
      `Frozen copy of the files published as dataset version ${release.version} (changelog date`,
      `${release.date}), served at /data/v${release.version}/. Written by scripts/release-data.ts;`,
      'do not edit: SHA256SUMS holds every file, and the tests check it.',
      '',
      `- Built from commit ${release.commit} (committed ${release.commitDate}).`,
      `- ${how}`,
      ...(process.env.RELEASE_NOTE ? [`- ${process.env.RELEASE_NOTE}`] : []),
      `- Site origin of its absolute addresses: ${site} (SITE_URL), at the site root.`,
      '',
      'Files:',
      '',
      ...files.map((f) => `- ${f}`),
      '',
    ].join('\n'),
  );
  writeFileSync(join(target, SUMS_FILE), checksums(target));
  console.log(`release:data: froze ${files.length} files of ${release.version} into ${target}`);
}

function buildCommit(commit: string): { dist: string; release: Release; cleanup: () => void } {
  const work = mkdtempSync(join(tmpdir(), 'cne-release-'));
  git('worktree', 'add', '--detach', work, commit);
  const cleanup = () => git('worktree', 'remove', '--force', work);
  try {
    const release = releaseAt(commit, git('show', `${commit}:data/dataset.yaml`));
    console.log(`release:data: building ${release.version} at ${release.commit} in ${work}`);
    cpSync('node_modules', join(work, 'node_modules'), { recursive: true, verbatimSymlinks: true });
    const run = (command: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
      execFileSync(command, args, {
        cwd: work,
        stdio: 'inherit',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      });
    // The copied node_modules are this checkout's; bring them to that commit's lockfile (the npm
    // cache serves what it can). Native binaries come with the copy, so no install scripts run.
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts']);
    run('npm', ['run', 'build'], { OUT_DIR: 'dist-release', BASE_PATH: '/' });
    return { dist: join(work, 'dist-release'), release, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

const [mode, arg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const replace = process.argv.includes('--replace');
const site = process.env.SITE_URL;
if (!site) fail('set SITE_URL to the public origin the frozen files should name');

if (mode === 'commit' && arg) {
  const { dist, release, cleanup } = buildCommit(arg);
  try {
    freeze(release, dist, site, 'Rebuilt from that commit by `release-data.ts commit`.', replace);
  } finally {
    cleanup();
  }
} else if (mode === 'current') {
  const dist = arg ?? 'dist';
  const release = releaseAt('HEAD', readFileSync('data/dataset.yaml', 'utf8'));
  if (git('status', '--porcelain', '--', 'data').length > 0)
    fail('data/ has uncommitted changes; freeze the release as committed');
  freeze(release, dist, site, `Copied from a build of that commit (${dist}).`, replace);
} else {
  fail('usage: release-data.ts commit <commit> | current [dist]  (SITE_URL=… required)');
}
