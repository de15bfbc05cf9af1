/**
 * Which shared words say something about where a text's wording comes from. A run of shared words
 * counts only when it holds enough content words (`MIN_CONTENT_WORDS`); this module counts them.
 * Forms are as `wordsOf` normalises them (lower case, straight apostrophes, hyphens dropped).
 */

/**
 * English function words: articles, prepositions, conjunctions, pronouns, auxiliary and modal
 * verbs and a few quantifiers. They take part in runs (a run may pass through them, and they count
 * towards the share of the GGE wording covered) but are not content words: "in the use of the"
 * says nothing, and "States should not" opens half of the GGE norms and many other texts.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'if', 'so', 'than', 'then', 'as', 'also'],
  ...['of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'into', 'onto', 'upon', 'via'],
  ...['within', 'without', 'through', 'over', 'under', 'between', 'among', 'about', 'against'],
  ...['this', 'that', 'these', 'those', 'it', 'its', 'they', 'them', 'their', 'theirs', 'we'],
  ...['us', 'our', 'ours', 'you', 'your', 'he', 'she', 'his', 'her', 'which', 'who', 'whom'],
  ...['whose', 'what', 'where', 'when', 'such', 'there', 'here'],
  ...['be', 'is', 'are', 'was', 'were', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did'],
  ...['should', 'shall', 'may', 'might', 'must', 'will', 'would', 'can', 'could'],
  ...['not', 'no', 'all', 'any', 'each', 'both', 'other', 'well'],
]);

/**
 * Terms of art of the field, each counted as one content word however many words it has: they
 * name one thing, and any text on the subject uses them whether or not it drew on the GGE report.
 * Without this, "respect for human rights" (a phrase of the UN Charter era) would count as borrowed
 * from norm 5 as much as "prevent the proliferation of malicious" is borrowed from norm 3.
 */
export const TERMS_OF_ART: readonly (readonly string[])[] = [
  'human rights',
  'fundamental freedoms',
  'international law',
  'united nations',
  'critical infrastructure',
  'critical infrastructures',
  'critical information infrastructure',
  'critical information infrastructures',
  'information infrastructure',
  'information infrastructures',
  'supply chain',
  'freedom of expression',
  'right to privacy',
  'international peace and security',
  'emergency response team',
  'emergency response teams',
  'incident response',
  'incident response team',
  'incident response teams',
].map((term) => term.split(' '));

/** The term of art that begins at `forms[at]`, longest first, or undefined. */
function termAt(forms: readonly string[], at: number): readonly string[] | undefined {
  let found: readonly string[] | undefined;
  for (const term of TERMS_OF_ART) {
    const fits = term.every((form, k) => forms[at + k] === form);
    if (fits && term.length > (found?.length ?? 0)) found = term;
  }
  return found;
}

/**
 * How many content words `forms` holds: a term of art wholly inside counts once, any other word
 * counts once unless it is a stop word. Read left to right, taking the longest term at each word.
 */
export function contentWordCount(forms: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < forms.length;) {
    const term = termAt(forms, i);
    if (term) {
      count += 1;
      i += term.length;
    } else {
      if (!STOP_WORDS.has(forms[i] as string)) count += 1;
      i += 1;
    }
  }
  return count;
}
