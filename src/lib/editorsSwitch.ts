/**
 * The switch that adds the documents coded by our editors (not by the report) to the matrix and to
 * the frequency chart: one query parameter and one wording for both, so a link means the same thing.
 */

/** The query parameter of the switch; `docs=1` means on. */
export const EDITORS_PARAM = 'docs';

/** The switch's label. */
export function editorsSwitchLabel(documentCount: number): string {
  return `Add the ${documentCount} documents coded by our editors (not by the report)`;
}
