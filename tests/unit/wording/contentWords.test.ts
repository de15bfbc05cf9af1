import { describe, expect, it } from 'vitest';
import { contentWordCount } from '../../../src/lib/wording/contentWords';

describe('contentWordCount', () => {
  it.each([
    ['in the use of the', 1],
    ['states should not', 1],
    ['critical infrastructure', 1],
    ['protect their critical infrastructure', 2],
    ['protect critical information infrastructure', 2],
    ['respect for human rights', 2],
    ['international peace and security', 1],
    ['maintain international peace and security', 2],
    ['prevent the proliferation of malicious', 3],
    ['responsible reporting of ict vulnerabilities', 4],
    ['incident response teams', 1],
    ['human', 1],
  ])('counts “%s” as %i', (text, expected) => {
    expect(contentWordCount(text.split(' '))).toBe(expected);
  });
});
