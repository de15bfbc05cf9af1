import { WORDING_CLASSES, type WordingClass } from './classes';

/**
 * The two ways a cell goes unmeasured, told apart everywhere (matrix, chart, data table): the
 * report counts the norm as reflected but the evidence quotes nothing of the agreement, or the norm
 * is not reflected at all. Neither is ever "own words". The symbol of the first is a dash; a cell
 * not reflected stays empty, as in the report's coding.
 */
export const UNMEASURED_STATES = {
  'not-measured': {
    label: 'Reflected, no quote to measure',
    short: 'Not measured (no quote)',
    symbol: '–',
    definition:
      'Counted as reflected, but the evidence holds no quote of the agreement to compare with the GGE text.',
  },
  'not-reflected': {
    label: 'Not reflected',
    short: 'Not reflected',
    symbol: '',
    definition: 'Not reflected: there is nothing to measure.',
  },
} as const;

/** Every state a cell has under the measure, closest to the GGE wording first: the legends' order. */
export const WORDING_STATES = { ...WORDING_CLASSES, ...UNMEASURED_STATES } as const;
export type WordingState = keyof typeof WORDING_STATES;

/** The state of a cell from whether it is reflected and its class (undefined when unmeasured). */
export function wordingState(
  reflected: boolean,
  wordingClass: WordingClass | undefined,
): WordingState {
  if (wordingClass) return wordingClass;
  return reflected ? 'not-measured' : 'not-reflected';
}

export function isWordingClass(state: WordingState): state is WordingClass {
  return Object.hasOwn(WORDING_CLASSES, state);
}
