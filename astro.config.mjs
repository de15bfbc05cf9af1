// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { FALLBACK_SITE_URL } from './src/lib/base';
import { readDataset } from './src/lib/dataset/readDataset';
import { redirects } from './src/lib/redirects';

/**
 * SITE_URL is the public origin used for canonical URLs, Open Graph and the sitemap;
 * BASE_PATH lets the site live under a sub-path (every internal link goes through `withBase`).
 */
const site = process.env.SITE_URL ?? FALLBACK_SITE_URL;
const base = process.env.BASE_PATH ?? '/';

// Not an error: `npm start` and the tests build without SITE_URL. But canonical links, Open Graph
// tags, the sitemap and every download's addresses would name a host no reader can reach.
if (!process.env.SITE_URL && process.argv.includes('build')) {
  const lines = [
    'WARNING: SITE_URL is not set.',
    `This build writes ${FALLBACK_SITE_URL} into canonical links, Open Graph tags, the`,
    'sitemap and the downloads: fine for a local preview or the tests, WRONG for publishing.',
    'To publish: SITE_URL=https://your.host npm run build  (add BASE_PATH=/sub/ if needed)',
  ];
  const width = Math.max(...lines.map((l) => l.length));
  const rule = `*${'*'.repeat(width + 4)}*`;
  console.warn(['', rule, ...lines.map((l) => `*  ${l.padEnd(width)}  *`), rule, ''].join('\n'));
}

/**
 * The moved addresses (records' former slugs), which are redirect pages, not pages to index. Read
 * through the one reader; when the data does not pass, the content loader stops the build anyway.
 */
const { dataset } = readDataset();
const moved = new Set(dataset ? redirects(dataset).map((r) => r.from) : []);
const isMoved = (/** @type {string} */ page) =>
  moved.has(new URL(page).pathname.slice(base.replace(/\/$/u, '').length));

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  outDir: process.env.OUT_DIR ?? './dist',
  integrations: [
    react(),
    // Redirect stubs (/norms/<number>/, moved addresses) and the 404 page are not pages to index.
    sitemap({
      filter: (page) => !/\/norms\/\d+\/$/u.test(page) && !page.endsWith('/404/') && !isMoved(page),
    }),
  ],
  // Styles are small (under 15 kB): inline them, so that no stylesheet request blocks the first paint.
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  experimental: {
    // A Content-Security-Policy <meta> on every page: scripts and styles only from this site (Astro adds
    // the hashes of its own inline ones), and nothing fetched from, or sent to, any other host.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    // Bundle zod so that `astro/zod` is astro's own zod 3 in the build, as it is in scripts and tests;
    // left external, the build loads the project root's zod 4, whose schemas zod-to-json-schema cannot
    // read (schema.json shipped empty) and whose issues read differently.
    ssr: { external: ['@resvg/resvg-js'], noExternal: ['zod'] },
  },
});
