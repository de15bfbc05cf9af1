// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';

/**
 * SITE_URL is the public origin used for canonical URLs, Open Graph and the sitemap;
 * BASE_PATH lets the site live under a sub-path (every internal link goes through `withBase`).
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  outDir: process.env.OUT_DIR ?? './dist',
  integrations: [react(), sitemap()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: {
    ssr: { external: ['@resvg/resvg-js'] },
  },
});
