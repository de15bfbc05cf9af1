import { describe, expect, it } from 'vitest';
import { countElements } from '../../../scripts/lib/bench/elements';

describe('countElements', () => {
  it('counts start tags, not end tags, the doctype or comments', () => {
    expect(
      countElements('<!DOCTYPE html><html><body><p>a<br>b</p><!-- <p> --></body></html>'),
    ).toBe(4);
  });

  it('does not count tags inside script, style or title text', () => {
    expect(
      countElements(
        '<head><title>a <b></title><style>a<b{}</style><script>if (a<b) "<p>"</script>',
      ),
    ).toBe(4);
  });

  it('does not end a tag at a > inside a quoted attribute', () => {
    expect(countElements('<a title="x > <b>" href=\'<i>\'>t</a><b>y</b>')).toBe(2);
  });

  it('counts an SVG and its children as elements', () => {
    expect(countElements('<svg viewBox="0 0 1 1"><path d="M0 0"/><path d="M1 1"/></svg>')).toBe(3);
  });
});
