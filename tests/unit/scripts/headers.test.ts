import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';

/**
 * public/_headers as a host reads it (Netlify / Cloudflare Pages format): a path pattern at the
 * start of a line, then indented `Name: value` lines, or `! Name` to detach an inherited header.
 */
function parseHeaders(text: string): Map<string, { set: Map<string, string>; detach: string[] }> {
  const rules = new Map<string, { set: Map<string, string>; detach: string[] }>();
  let current: { set: Map<string, string>; detach: string[] } | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/u.test(line)) {
      current = { set: new Map(), detach: [] };
      rules.set(line.trim(), current);
      continue;
    }
    if (!current) throw new Error(`header before any path: ${line}`);
    const detached = /^\s+!\s*(\S+)$/u.exec(line);
    if (detached?.[1]) current.detach.push(detached[1]);
    else {
      const [, name = '', value = ''] = /^\s+([\w-]+):\s*(.+)$/u.exec(line) ?? [];
      if (!name) throw new Error(`not a header line: ${line}`);
      current.set.set(name, value);
    }
  }
  return rules;
}

const directives = (csp: string | undefined) => (csp ?? '').split(/\s*;\s*/u).filter(Boolean);
const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
const all = rules.get('/*');
const embed = rules.get('/embed/*');
const metaCsp = config.experimental?.csp;
const metaDirectives = typeof metaCsp === 'object' ? (metaCsp.directives ?? []) : [];

describe('public/_headers', () => {
  it('has a rule for every path and one for embeds, nothing else', () => {
    expect([...rules.keys()]).toEqual(['/*', '/embed/*']);
  });

  it('forbids framing, sniffing and full referrers on every path', () => {
    expect(all?.set.get('X-Frame-Options')).toBe('DENY');
    expect(all?.set.get('X-Content-Type-Options')).toBe('nosniff');
    expect(all?.set.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(directives(all?.set.get('Content-Security-Policy'))).toContain("frame-ancestors 'none'");
  });

  it('repeats every directive of the pages’ own <meta> policy', () => {
    expect(metaDirectives.length).toBeGreaterThan(3);
    for (const csp of [
      all?.set.get('Content-Security-Policy'),
      embed?.set.get('Content-Security-Policy'),
    ])
      for (const directive of metaDirectives) expect(directives(csp)).toContain(directive);
  });

  it('lets any site frame an embed, and only an embed', () => {
    expect(embed?.detach.sort()).toEqual(['Content-Security-Policy', 'X-Frame-Options']);
    expect(embed?.set.has('X-Frame-Options')).toBe(false);
    const csp = directives(embed?.set.get('Content-Security-Policy'));
    expect(csp).toContain('frame-ancestors *');
    expect(csp.filter((d) => d.startsWith('frame-ancestors'))).toHaveLength(1);
  });
});
