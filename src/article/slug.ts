import { stripDiacritics, stripTatweel } from '../arabic/diacritics.js';

/** Slugs keep this many words: enough to read, short enough to share. */
const MAX_WORDS = 8;
/** And never more than this many characters (before percent-encoding). */
const MAX_CHARS = 80;

// Anything that is not a letter or digit of any script separates words.
const SEPARATOR_RE = /[^\p{L}\p{N}]+/gu;

/**
 * A readable slug from a headline: Arabic stays Arabic («بوتين-ولوكاشينكو-يناقشان»),
 * without diacritics, tatweel, punctuation or guillemets; Latin is lower-cased.
 * Percent-encoding is the web layer's job, not the slug's.
 */
export function slugify(text: string, fallback = 'article'): string {
  const words = stripTatweel(stripDiacritics(text.normalize('NFKC')))
    .toLowerCase()
    .split(SEPARATOR_RE)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > MAX_CHARS) break;
    slug = next;
  }
  return slug || fallback;
}

/** `slug`, then `slug-2`, `slug-3`…: the first that `taken` refuses. */
export function uniqueSlug(base: string, taken: (candidate: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}
