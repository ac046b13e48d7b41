import { FINAL, FLOOD, LIBRARY } from './texts.js';

/** Seven articles whose story links the merge and split tests set by hand. */
export const STORIES_AT = [...FLOOD.slice(0, 3), ...FINAL, LIBRARY[0]!];
