import { describe, expect, it } from 'vitest';
import { moveOrigin, shouldMoveOrigin } from '../../../src/lib/ownOrigin';

const built = new URL('http://localhost:4321');
const page = new URL('https://norms.example.net/cyber-norms/data/');

describe('moveOrigin', () => {
  it.each([
    [
      'a citation ending in the page address',
      'Dataset version 1.2.0. http://localhost:4321/cyber-norms/data/. Original source',
      'Dataset version 1.2.0. https://norms.example.net/cyber-norms/data/. Original source',
    ],
    [
      'an embed snippet with the address in an attribute',
      '<iframe src="http://localhost:4321/embed/x/" title="X"></iframe>',
      '<iframe src="https://norms.example.net/embed/x/" title="X"></iframe>',
    ],
    [
      'a bare origin in the resize listener',
      'if (e.origin !== "http://localhost:4321") return;',
      'if (e.origin !== "https://norms.example.net") return;',
    ],
    [
      'a bare mention of the host',
      'Open the full view on localhost:4321',
      'Open the full view on norms.example.net',
    ],
    ['another port of the same host', 'http://localhost:43210/x', 'http://localhost:43210/x'],
    [
      'a host that only starts the same',
      'see http://localhost:4321.evil/x',
      'see http://localhost:4321.evil/x',
    ],
  ])('rewrites %s', (_, text, expected) => {
    expect(moveOrigin(text, built, page)).toBe(expected);
  });

  it('leaves a host that merely ends with the built host', () => {
    const from = new URL('https://example.org');
    expect(moveOrigin('https://www.example.org/ and example.org', from, page)).toBe(
      'https://www.example.org/ and norms.example.net',
    );
  });
});

describe('shouldMoveOrigin', () => {
  it('moves only on another http(s) origin', () => {
    expect(shouldMoveOrigin(built, page)).toBe(true);
    expect(shouldMoveOrigin(built, new URL('http://localhost:4321/data/'))).toBe(false);
    expect(shouldMoveOrigin(built, new URL('file:///home/me/dist/data/index.html'))).toBe(false);
  });
});
