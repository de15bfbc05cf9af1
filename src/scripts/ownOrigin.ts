/**
 * Addresses shown to readers say where the page really is. Every element marked `data-own-origin`
 * (and everything inside it) was written with the build's site origin, which `<html data-site>`
 * names; when the page is served from another origin over http(s), their text, `value`, `href` and
 * `src` are rewritten to the page's own origin. Canonical links, og:url and the sitemap keep the
 * build's SITE_URL: crawlers do not run scripts.
 */
import { moveOrigin, shouldMoveOrigin } from '../lib/ownOrigin';

const ATTRIBUTES = ['href', 'src', 'value'] as const;

function rewrite(element: Element, from: URL, to: URL): void {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    node.nodeValue = moveOrigin(node.nodeValue ?? '', from, to);
  for (const target of [element, ...element.querySelectorAll('*')]) {
    for (const name of ATTRIBUTES) {
      const value = target.getAttribute(name);
      if (value !== null) target.setAttribute(name, moveOrigin(value, from, to));
    }
    if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement)
      target.value = moveOrigin(target.value, from, to);
  }
}

/** Rewrites every marked element under `root`; islands that render marked elements later call it. */
export function showOwnOrigin(root: ParentNode = document): void {
  const site = document.documentElement.dataset.site;
  if (!site) return;
  const from = new URL(site);
  const to = new URL(location.href);
  if (!shouldMoveOrigin(from, to)) return;
  for (const element of root.querySelectorAll('[data-own-origin]')) rewrite(element, from, to);
}

showOwnOrigin();
