/**
 * How closely a cell's quotes follow the 2015 UN GGE wording of its norm: the classes, their
 * thresholds and their wording, in one place for the measure, the pages and the chart.
 * The measure is this site's, not the report's: the report reads the spirit of each norm.
 */

/**
 * A run of shared words counts only when it holds at least this many content words
 * (`contentWordCount`: stop words do not count, a term of art such as "critical infrastructure"
 * counts once). Three keeps stock wording out — "critical infrastructure" alone, "respect for human
 * rights", "the use of ICTs" — which any text on the subject uses whether or not it drew on the GGE
 * report, while "prevent the proliferation of malicious" or "responsible reporting of ICT
 * vulnerabilities" count.
 */
export const MIN_CONTENT_WORDS = 3;

/**
 * A cell restates the norm when its counted runs cover at least this share of the words of the
 * GGE wording. Below 1 so that a restatement survives small edits (a word changed, "States"
 * made "Member States", a clause dropped); high enough that quoting one of a norm's two sentences
 * (about half its words) borrows rather than restates.
 */
export const RESTATES_SHARE = 0.8;

const percent = `${Math.round(RESTATES_SHARE * 100)}%`;

/**
 * The classes, from closest to the GGE wording to furthest: a label, a short label (legends, table
 * cells), a symbol (so a class never rests on colour alone; filled, half, empty) and a definition.
 * Each is drawn with the colour `--wording-<class>` (src/styles/global.css).
 */
export const WORDING_CLASSES = {
  restates: {
    label: 'Restates the GGE wording',
    short: 'Restates',
    symbol: '●',
    definition: `Runs of words shared with the norm’s 2015 GGE text cover at least ${percent} of its words.`,
  },
  'borrows-phrases': {
    label: 'Borrows GGE phrases',
    short: 'Borrows phrases',
    symbol: '◐',
    definition: `Shares with the GGE text at least one run of words holding ${MIN_CONTENT_WORDS} or more content words (words such as “the” or “should” do not count, and “human rights” counts once), but covers less than ${percent} of it.`,
  },
  'own-words': {
    label: 'In its own words',
    short: 'Own words',
    symbol: '○',
    definition: `Shares no run of words holding ${MIN_CONTENT_WORDS} or more content words with the GGE text.`,
  },
} as const;

export type WordingClass = keyof typeof WORDING_CLASSES;

/** The class of a cell from the share of the GGE wording covered and whether any run counted. */
export function wordingClass(share: number, runCount: number): WordingClass {
  if (share >= RESTATES_SHARE) return 'restates';
  return runCount > 0 ? 'borrows-phrases' : 'own-words';
}
