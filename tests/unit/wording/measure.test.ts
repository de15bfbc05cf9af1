import { describe, expect, it } from 'vitest';
import { measureWording, type Passage, type SharedRun } from '../../../src/lib/wording/measure';

// GGE wordings of norms 1, 3, 9, 10 and 11 as data/norms.yaml has them (16, 46, 41, 51 and 30
// words; the first sentence of norm 10 has 20).
const NORM_1 =
  'States should not knowingly allow their territory to be used for internationally wrongful acts using ICTs;';
const NORM_3 =
  'States should take reasonable steps to ensure the integrity of the supply chain so that end users can have confidence in the security of ICT products. States should seek to prevent the proliferation of malicious ICT tools and techniques and the use of harmful hidden functions';
const NORM_9 =
  'States should take appropriate measures to protect their critical infrastructure from ICT threats, taking into account General Assembly resolution 58/199 on the creation of a global culture of cybersecurity and the protection of critical information infrastructures, and other relevant resolutions;';
const NORM_10_FIRST =
  'States should respond to appropriate requests for assistance by another State whose critical infrastructure is subject to malicious ICT acts.';
const NORM_10_SECOND =
  'States should also respond to appropriate requests to mitigate malicious ICT activity aimed at the critical infrastructure of another State emanating from their territory, taking into account due regard for sovereignty.';
const NORM_10 = `${NORM_10_FIRST} ${NORM_10_SECOND}`;
const NORM_11 =
  'States should encourage responsible reporting of ICT vulnerabilities and share associated information on available remedies to such vulnerabilities to limit and possibly eliminate potential threats to ICTs and ICT-dependent infrastructure.';

const quote = (text: string): Passage => ({ text, kind: 'quote' });
const measure = (gge: string, ...quotes: string[]) => measureWording(quotes.map(quote), gge);
/** A run expected in the first quote: its GGE wording and its spans in the quote and the GGE text. */
const run = (
  text: string,
  [quoteStart, quoteEnd]: [number, number],
  [ggeStart, ggeEnd]: [number, number],
): SharedRun => ({ text, quoteIndex: 0, quoteStart, quoteEnd, ggeStart, ggeEnd });

describe('measureWording', () => {
  it('finds a restatement word for word: one run over the whole GGE wording', () => {
    expect(measure(NORM_1, NORM_1)).toEqual({
      class: 'restates',
      share: 1,
      runs: [
        run(
          'States should not knowingly allow their territory to be used for internationally wrongful acts using ICTs',
          [0, 105],
          [0, 105],
        ),
      ],
    });
  });

  it('splits a long run at one changed word and still finds a restatement', () => {
    const changed = NORM_11.replace('and share', 'and exchange');
    expect(measure(NORM_11, changed)).toEqual({
      class: 'restates',
      share: 29 / 30,
      runs: [
        run(
          'States should encourage responsible reporting of ICT vulnerabilities and',
          [0, 72],
          [0, 72],
        ),
        run(
          'associated information on available remedies to such vulnerabilities to limit and possibly eliminate potential threats to ICTs and ICT-dependent infrastructure',
          [82, 241],
          [79, 238],
        ),
      ],
    });
  });

  it('ignores case, punctuation, curly quotes, dashes and a word broken across a line', () => {
    const printed =
      '“STATES SHOULD ENCOURAGE responsible reporting of ICT vulner- abilities, and share associated information – on available remedies to such vulnerabilities – to limit and possibly eliminate potential threats to ICTs and ICT- dependent infrastructure”.';
    const result = measure(NORM_11, printed);
    expect(result.class).toBe('restates');
    expect(result.share).toBe(1);
    expect(
      result.runs.map((run) => [run.quoteStart, run.quoteEnd, run.ggeStart, run.ggeEnd]),
    ).toEqual([[1, 247, 0, 238]]);
  });

  it('finds clauses restated in the other order, each as its own run', () => {
    const result = measure(NORM_10, `${NORM_10_SECOND} ${NORM_10_FIRST}`);
    expect(result.class).toBe('restates');
    expect(result.share).toBe(1);
    expect(result.runs.map((run) => [run.quoteStart, run.ggeStart])).toEqual([
      [0, NORM_10_FIRST.length + 1],
      [NORM_10_SECOND.length + 1, 0],
    ]);
  });

  it('finds no shared run when the same words are reordered within a phrase', () => {
    expect(
      measure(NORM_11, 'ICT vulnerabilities should be reported responsibly; remedies shared.'),
    ).toEqual({ class: 'own-words', share: 0, runs: [] });
  });

  it('does not count the stock phrase “critical infrastructure” alone, even with its article', () => {
    expect(measure(NORM_9, 'Members will protect the critical infrastructure.')).toEqual({
      class: 'own-words',
      share: 0,
      runs: [],
    });
    expect(measure(NORM_9, 'to protect their critical infrastructure')).toEqual({
      class: 'own-words',
      share: 0,
      runs: [],
    });
  });

  it('counts a longer phrase around it as borrowed, never as a restatement', () => {
    expect(
      measure(NORM_9, 'We act to protect their critical infrastructure from ICT threats.'),
    ).toEqual({
      class: 'borrows-phrases',
      share: 8 / 41,
      runs: [run('to protect their critical infrastructure from ICT threats', [7, 64], [40, 97])],
    });
  });

  it('counts a run of exactly three content words as borrowed', () => {
    const paris =
      'Non-proliferation – Develop ways to prevent the proliferation of malicious software and practices intended to cause harm.';
    expect(measure(NORM_3, paris)).toEqual({
      class: 'borrows-phrases',
      share: 6 / 46,
      runs: [run('to prevent the proliferation of malicious', [33, 74], [170, 211])],
    });
  });

  it('finds a restatement inside a quote longer than the GGE wording', () => {
    const prefix = 'Recalling the 2015 report, the Ministers agree that ';
    const result = measure(NORM_1, `${prefix}${NORM_1} They will report on it annually.`);
    expect(result.class).toBe('restates');
    expect(result.share).toBe(1);
    expect(result.runs.map((run) => [run.quoteStart, run.quoteEnd])).toEqual([[52, 157]]);
  });

  it('adds up two quotes that each cover one half of the GGE wording', () => {
    const result = measure(NORM_10, NORM_10_FIRST, NORM_10_SECOND);
    expect(result.class).toBe('restates');
    expect(result.share).toBe(1);
    expect(result.runs.map((run) => [run.quoteIndex, run.ggeStart])).toEqual([
      [0, 0],
      [1, 142],
    ]);
  });

  it('counts a GGE word once when two quotes share it', () => {
    expect(measure(NORM_10, NORM_10_FIRST, NORM_10_FIRST).share).toBe(20 / 51);
  });

  it('puts the threshold for a restatement at 80% of the GGE words', () => {
    // 13 of norm 1's 16 words restates; 12 of them borrows.
    const thirteen =
      'States should not knowingly allow their territory to be used for internationally wrongful';
    const twelve =
      'States should not knowingly allow their territory to be used for internationally';
    expect([measure(NORM_1, thirteen).class, measure(NORM_1, thirteen).share]).toEqual([
      'restates',
      13 / 16,
    ]);
    expect([measure(NORM_1, twelve).class, measure(NORM_1, twelve).share]).toEqual([
      'borrows-phrases',
      12 / 16,
    ]);
  });

  it('measures only the agreement’s quotes, keeping their place in the cell’s evidence', () => {
    const evidence: Passage[] = [
      { text: NORM_1, kind: 'report-comment' },
      { text: 'Placeholder', kind: 'placeholder' },
      quote(NORM_1),
    ];
    expect(measureWording(evidence, NORM_1).runs.map((run) => run.quoteIndex)).toEqual([2]);
    expect(measureWording(evidence.slice(0, 2), NORM_1)).toEqual({
      class: 'own-words',
      share: 0,
      runs: [],
    });
  });
});
