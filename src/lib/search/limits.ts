/** The longest query the search accepts; longer input is cut, so a pasted page cannot stall it. */
export const MAX_QUERY_LENGTH = 200;
