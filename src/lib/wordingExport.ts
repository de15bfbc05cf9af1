import { listOf } from './format';
import { MIN_CONTENT_WORDS, WORDING_CLASSES, type WordingClass } from './wording/classes';
import type { SharedRun, WordingResult } from './wording/measure';

/**
 * The wording measure as the open data publishes it: a `wording` field on every norm cell of
 * agreements.json, of each agreement's own file and of documents.json. The values are read from
 * `Dataset.wording` (measured once, in verifyData), never measured again here. The field names and
 * their meanings live once below: the JSON Schema describes each field with them, and /data/
 * lists them.
 */

/** Said by every measured cell, so that a single file or record cannot pass it off as the report's. */
export const WORDING_MEASURED_BY =
  'Cyber Norms Explorer: this site’s own measure, not the report’s coding';

/** A cell's measure as published: who measured it, then the result as the measure gives it. */
export interface ExportedWording {
  measuredBy: typeof WORDING_MEASURED_BY;
  class: WordingClass;
  share: number;
  runs: SharedRun[];
}

/** The published form of a cell's measure, or null when the cell is not measured. */
export function exportWording(result: WordingResult | undefined): ExportedWording | null {
  if (!result) return null;
  return {
    measuredBy: WORDING_MEASURED_BY,
    class: result.class,
    share: result.share,
    // Field by field, so that the published order is fixed and nothing else slips in.
    runs: result.runs.map(({ text, quoteIndex, quoteStart, quoteEnd, ggeStart, ggeEnd }) => ({
      text,
      quoteIndex,
      quoteStart,
      quoteEnd,
      ggeStart,
      ggeEnd,
    })),
  };
}

/** "restates (Restates the GGE wording), … or own-words (In its own words)": the classes, labelled. */
const classList = listOf(
  Object.entries(WORDING_CLASSES).map(([key, { label }]) => `${key} (${label})`),
  'or',
);

/** What each published field of the measure means: for the JSON Schema and the data page. */
export const WORDING_FIELD_DOCS = {
  wording:
    'This site’s measure, not the report’s coding: how closely the cell’s quotes of the agreement follow the norm’s 2015 UN GGE wording (norms.json, gge.text); null when the cell is not measured: not reflected, or reflected without a quote of the agreement (only the report’s comment or a placeholder).',
  measuredBy: `Always “${WORDING_MEASURED_BY}”.`,
  class: `How closely the quotes follow the GGE wording, from the closest: ${classList}. The methodology defines each.`,
  share:
    'The share of the GGE wording’s words that lie in a shared run of any of the cell’s quotes, from 0 to 1, unrounded.',
  runs: `The runs of words the quotes share with the GGE wording that count (each holds at least ${MIN_CONTENT_WORDS} content words), by passage and then by place in the passage.`,
  text: 'The run as the GGE wording prints it.',
  quoteIndex:
    'Which passage of the cell’s evidence holds the run: an index into evidence, from 0 (the report’s comments are never measured but keep their place).',
  quoteStart:
    'Where the run starts in that passage’s text, counted in UTF-16 code units as JavaScript strings are: evidence[quoteIndex].text.slice(quoteStart, quoteEnd) is the run as the passage prints it.',
  quoteEnd: 'Where the run ends in that passage’s text: the first position after it.',
  ggeStart:
    'Where the run starts in the norm’s GGE wording, counted the same way: gge.text.slice(ggeStart, ggeEnd) is text.',
  ggeEnd: 'Where the run ends in the norm’s GGE wording: the first position after it.',
} as const satisfies Record<keyof ExportedWording | keyof SharedRun | 'wording', string>;
