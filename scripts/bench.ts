/**
 * `npm run bench`: builds the site and prints figures as Markdown tables; asserts nothing.
 *   - build time and page count, at 1× the data and at synthetic 10× and 100× (BENCH_SCALES);
 *   - HTML bytes and element count (start tags in the built HTML) of one page of each type, at every
 *     scale; CSS and JavaScript bytes (raw and gzipped) at 1×;
 *   - Lighthouse scores (mobile) of those pages, driving the system Chromium (BENCH_LIGHTHOUSE=0 skips);
 *   - fuse.js search: time to get ready from the shipped index, then time per query (median, p95), at
 *     each scale.
 * Builds go to temporary folders; synthetic data never touches data/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { requireDataset } from '../src/lib/dataset/readDataset';
import { pageFile, pageWeight, type Bytes } from './lib/bench/assets';
import { countElements } from './lib/bench/elements';
import { CATEGORIES, lighthouseScores } from './lib/bench/lighthouse';
import { searchTimes } from './lib/bench/search';
import { freePort, preview, stop } from './lib/bench/server';
import { syntheticDataDir } from './lib/bench/synthetic';

const scales = (process.env.BENCH_SCALES ?? '1,10,100').split(',').map(Number);
const data = requireDataset();
const pageTypes: Record<string, string> = {
  home: '/',
  agreements: '/agreements/',
  agreement: `/agreements/${data.agreements[15]?.slug ?? ''}/`,
  norm: `/norms/${data.norms[5]?.slug ?? ''}/`,
  matrix: '/matrix/',
  chart: '/charts/norm-frequency/',
  embed: '/embed/norm-frequency/',
  'source reader': `/sources/${data.sources.find((s) => s.kind === 'report')?.id ?? ''}/`,
  methodology: '/methodology/',
};

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))
    .length;
}

function build(dataDir: string, outDir: string): number {
  const start = performance.now();
  const result = spawnSync('npx', ['astro', 'build'], {
    env: { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    // At 100× the build logs one line per page and image (several MB): the default 1 MB buffer
    // would kill it midway with no message.
    maxBuffer: 512 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(
      `Build failed for ${dataDir}: ${result.error?.message ?? ''}\n${result.stderr}${result.stdout}`,
    );
  return (performance.now() - start) / 1000;
}

const kb = (n: number) => (n / 1000).toFixed(1);
const bytes = (b: Bytes) => `${kb(b.raw)} / ${kb(b.gzip)}`;
const table = (header: string[], rows: (string | number)[][]) =>
  [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => ' --- ').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

const scaleRows: (string | number)[][] = [];
/** Per page type, per scale: `HTML kB / elements`. */
const pageRows = new Map<string, string[]>(Object.keys(pageTypes).map((type) => [type, []]));
let firstOut = '';
for (const scale of scales) {
  const dataDir = scale === 1 ? 'data' : syntheticDataDir(scale);
  const outDir = mkdtempSync(join(tmpdir(), `cne-bench-out-${scale}x-`));
  console.error(`Building ${scale}× …`);
  const seconds = build(dataDir, outDir);
  const pages = countPages(outDir);
  // The same dataset the build read, through the same reader.
  const scaled = scale === 1 ? data : requireDataset(process.cwd(), dataDir);
  const search = searchTimes(scaled.agreements, scaled.norms);
  scaleRows.push([
    `${scale}×`,
    data.agreements.length * scale,
    pages,
    seconds.toFixed(1),
    ((seconds * 1000) / pages).toFixed(1),
    search.docs,
    kb(search.indexBytes),
    search.readyMs.toFixed(0),
    search.median.toFixed(2),
    search.p95.toFixed(2),
  ]);
  for (const [type, path] of Object.entries(pageTypes)) {
    const file = pageFile(outDir, path);
    const html = file ? readFileSync(file, 'utf8') : null;
    pageRows
      .get(type)
      ?.push(html === null ? 'n/a' : `${kb(Buffer.byteLength(html))} kB / ${countElements(html)}`);
  }
  if (scale === 1) firstOut = outDir;
  else {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

console.log('\n## Build and search by data size\n');
console.log(
  table(
    [
      'Scale',
      'Agreements',
      'Pages',
      'Build (s)',
      'ms / page',
      'Search docs',
      'Index (kB)',
      'Search ready (ms)',
      'Search median (ms)',
      'Search p95 (ms)',
    ],
    scaleRows,
  ),
);

console.log('\n## HTML size and element count by data size (kB / elements)\n');
console.log(
  table(
    ['Page type', ...scales.map((s) => `${s}×`)],
    [...pageRows].map(([type, cells]) => [type, ...cells]),
  ),
);

if (firstOut) {
  console.log('\n## Page weight at 1× (kB, raw / gzipped)\n');
  const rows = Object.entries(pageTypes).map(([type, path]) => {
    const w = pageWeight(firstOut, path);
    return w
      ? [type, path, bytes(w.html), bytes(w.css), bytes(w.js), w.lazyJs.raw ? bytes(w.lazyJs) : '—']
      : [type, path, 'n/a', 'n/a', 'n/a', 'n/a'];
  });
  console.log(table(['Page type', 'Path', 'HTML', 'CSS', 'JS (on load)', 'JS (on demand)'], rows));

  if (process.env.BENCH_LIGHTHOUSE !== '0') {
    const port = await freePort();
    const server = await preview(firstOut, port);
    try {
      const urls = Object.values(pageTypes).map((p) => `http://127.0.0.1:${port}${p}`);
      console.error('Running Lighthouse …');
      const scores = await lighthouseScores(urls);
      console.log('\n## Lighthouse at 1× (mobile emulation)\n');
      console.log(
        table(
          ['Page type', ...CATEGORIES],
          Object.entries(pageTypes).map(([type, path]) => {
            const s = scores.get(`http://127.0.0.1:${port}${path}`);
            return [type, ...CATEGORIES.map((c) => s?.[c] ?? 'n/a')];
          }),
        ),
      );
    } finally {
      stop(server);
    }
  }
  rmSync(firstOut, { recursive: true, force: true });
}
