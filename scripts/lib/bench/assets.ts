import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes of a set of files, raw and gzipped (each file compressed on its own, as a server would). */
export interface Bytes {
  raw: number;
  gzip: number;
}

const sizeOf = (text: Buffer | string): Bytes => ({
  raw: Buffer.byteLength(text),
  gzip: gzipSync(text).length,
});

const sum = (items: Bytes[]): Bytes =>
  items.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

/** What one page loads up front: its HTML, its stylesheets, and its JavaScript (inline and files). */
export interface PageWeight {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** Script files loaded only on demand (dynamic import), e.g. the search engine. HTML includes the
   *  inline CSS and JS, which are also counted in `css` and `js`. */
  lazyJs: Bytes;
}

/** Files a JS module imports statically (`import … from "./x.js"`, `import "./x.js"`). */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\.?\/[^"']+\.js)["']/gu)].map(
    (m) => m[1] ?? '',
  );
}

/** Files a JS module imports dynamically (`import("./x.js")`). */
function dynamicImports(code: string): string[] {
  return [...code.matchAll(/\bimport\(\s*["'](\.\.?\/[^"']+\.js)["']\s*\)/gu)].map(
    (m) => m[1] ?? '',
  );
}

/** The built file of the page at `pagePath` in the site at `outDir` (base `/`), if it was built. */
export function pageFile(outDir: string, pagePath: string): string | null {
  const file = join(outDir, pagePath, pagePath.endsWith('/') ? 'index.html' : '');
  return existsSync(file) ? file : null;
}

/** The weight of the page at `pagePath` in the built site at `outDir` (base `/`). */
export function pageWeight(outDir: string, pagePath: string): PageWeight | null {
  const file = pageFile(outDir, pagePath);
  if (!file) return null;
  const html = readFileSync(file, 'utf8');
  const local = (href: string) => join(outDir, href.replace(/^\//u, ''));

  const cssFiles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/gu)].map(
    (m) => m[1] ?? '',
  );
  // Styles are inlined at build (astro.config.mjs), so most CSS sits in <style> elements.
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gu)].map((m) => m[1] ?? '');
  const inlineJs = [
    ...html.matchAll(
      /<script(?![^>]*type="application\/ld\+json")(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gu,
    ),
  ].map((m) => m[1] ?? '');
  const entry = [
    ...[...html.matchAll(/<script[^>]+src="([^"]+\.js)"/gu)].map((m) => m[1] ?? ''),
    ...[...html.matchAll(/(?:component|renderer)-url="([^"]+\.js)"/gu)].map((m) => m[1] ?? ''),
    // Modules imported by inline scripts (Astro inlines small ones that import shared chunks).
    ...inlineJs.flatMap((code) =>
      [...code.matchAll(/["'](\/_astro\/[^"']+\.js)["']/gu)].map((m) => m[1] ?? ''),
    ),
  ];

  const eager = new Set<string>();
  const lazy = new Set<string>();
  const visit = (href: string, into: Set<string>) => {
    if (eager.has(href) || into.has(href)) return;
    into.add(href);
    const path = local(href);
    if (!existsSync(path)) return;
    const code = readFileSync(path, 'utf8');
    const dir = href.slice(0, href.lastIndexOf('/') + 1);
    for (const rel of staticImports(code)) visit(new URL(rel, `http://x${dir}`).pathname, into);
    for (const rel of dynamicImports(code)) {
      const target = new URL(rel, `http://x${dir}`).pathname;
      if (!eager.has(target)) visit(target, lazy);
    }
  };
  for (const href of entry) visit(href, eager);
  for (const href of eager) lazy.delete(href);

  const read = (href: string) =>
    existsSync(local(href)) ? readFileSync(local(href)) : Buffer.from('');
  return {
    html: sizeOf(html),
    css: sum([...inlineCss.map(sizeOf), ...cssFiles.map((href) => sizeOf(read(href)))]),
    js: sum([
      ...inlineJs.filter((c) => c.trim()).map(sizeOf),
      ...[...eager].map((href) => sizeOf(read(href))),
    ]),
    lazyJs: sum([...lazy].map((href) => sizeOf(read(href)))),
  };
}
