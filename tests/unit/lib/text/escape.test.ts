import { describe, expect, it } from 'vitest';
import { escapeMarkup, jsonForHtml } from '../../../../src/lib/text/escape';

describe('escapeMarkup', () => {
  it.each([
    ['plain text', 'plain text'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['</script><img src=x onerror=alert(1)>', '&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;'],
    ['"><svg onload=alert(1)>', '&quot;&gt;&lt;svg onload=alert(1)&gt;'],
    ['&amp; already', '&amp;amp; already'],
    ["it's", "it's"],
    [42, '42'],
  ])('writes %j as %j', (value, expected) => {
    expect(escapeMarkup(value)).toBe(expected);
  });
});

describe('jsonForHtml', () => {
  it('writes < > & and the two JavaScript line separators as \\u escapes', () => {
    expect(jsonForHtml({ name: '</script><b>&\u2028\u2029' })).toBe(
      '{"name":"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\\u2028\\u2029"}',
    );
  });

  it('reads back as the same value', () => {
    const value = { authors: ['</script><img src=x onerror=alert(1)>', 'A & B'], n: [1, null] };
    expect(JSON.parse(jsonForHtml(value, 2))).toEqual(value);
  });

  it('indents like JSON.stringify when asked', () => {
    expect(jsonForHtml({ a: 1 }, 2)).toBe('{\n  "a": 1\n}');
  });

  it('refuses a value with no JSON form instead of writing "undefined"', () => {
    expect(() => jsonForHtml(undefined)).toThrow(/no JSON form/);
  });
});
