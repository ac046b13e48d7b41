import { wordCount, type Block } from '../../article/index.js';

/**
 * Words a reader gets through in a minute of Arabic news prose. Studies of Arabic silent
 * reading put adults near 140–180 wpm on screen; 180 keeps estimates honest, not flattering.
 * assets/js/newsroom-editor.js uses the same figure for the live count.
 */
export const WORDS_PER_MINUTE = 180;

/** Words and minutes of reading (at least one minute for any text). */
export function readingTime(body: readonly Block[]): { words: number; minutes: number } {
  const words = wordCount(body);
  return { words, minutes: words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE)) };
}
