/**
 * Block clean-up after conversion, in order:
 * 1. furniture lines («اقرأ أيضاً: …», «شارك», «إعلان») are dropped;
 * 2. near the top: byline lines («كتب: …») give their writers and go; date-only lines and
 *    one- or two-word labels before the first paragraph («مباشر», «2min») go;
 * 3. repeats of the headline or deck (readability keeps the page's h1 and standfirst) go;
 * 4. a short line right after an uncaptioned photo that ends with a credit («… (رويترز)»)
 *    is that photo's caption (WordPress's classic editor writes captions that way);
 * 5. a closing source line («المصدر: وكالات») gives the byline's source and goes;
 * 6. consecutive duplicates collapse, and trailing subheadings with nothing under them go.
 */
import type { Block } from '../../article/blocks.js';
import { isFurnitureLine } from './boilerplate.js';
import { bylineLine } from './byline.js';
import { splitCredit } from './credit.js';
import { compareKey } from './text.js';

/** Blocks and what was learnt from lines taken out of them. */
export interface TidyResult {
  blocks: Block[];
  authors: string[];
  /** The source a closing «المصدر: …» line named. */
  source: string | null;
}

/** How many leading blocks may hold bylines, dates and labels. */
const HEAD_BLOCKS = 4;
const MAX_LABEL_WORDS = 2;
// A line made only of digits, date/time punctuation and month or weekday names is a date line.
const DATE_LINE_RE =
  /^(?:[\d٠-٩]+|[/:.,،|\-–—]|am|pm|gmt|ص|م|الساعة|نُشر في|نشر في|نشر|آخر تحديث|تحديث|updated|published|يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|الأول|الثاني|السبت|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\s)+$/iu;

// A caption written as a paragraph under its photo is short.
const MAX_LOOSE_CAPTION_CHARS = 200;
const SOURCE_LINE_RE = /^(?:المصدر|المصادر|مصدر الخبر|source)\s*[:：]\s*([^.!؟?]{1,60})$/iu;

const textOf = (b: Block): string | null => (b.type === 'paragraph' || b.type === 'subheading' || b.type === 'quote' ? b.text : null);
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Cleans converted blocks against the headline and deck. */
export function tidyBlocks(input: readonly Block[], headline: string | null, deck: string | null): TidyResult {
  const authors: string[] = [];
  const repeats = new Set([headline, deck].filter((x): x is string => !!x).map(compareKey));
  const out: Block[] = [];
  let seenProse = false;
  input.forEach((b, i) => {
    const text = textOf(b);
    if (text !== null) {
      if (b.type !== 'quote' && isFurnitureLine(text)) return;
      if (repeats.has(compareKey(text))) return;
      if (i < HEAD_BLOCKS && !seenProse && b.type === 'paragraph') {
        const names = bylineLine(text);
        if (names) {
          authors.push(...names.filter((n) => !authors.includes(n)));
          return;
        }
        if (DATE_LINE_RE.test(text) || words(text) <= MAX_LABEL_WORDS) return;
      }
      if (b.type === 'paragraph') seenProse = true;
    }
    const prev = out[out.length - 1];
    // Blocks whose texts differ differ: most pairs are told apart without serialising them.
    if (prev && prev.type === b.type && (text === null || textOf(prev) === text) && JSON.stringify(prev) === JSON.stringify(b)) return;
    if (prev?.type === 'image' && !prev.caption && b.type === 'paragraph' && b.text.length <= MAX_LOOSE_CAPTION_CHARS) {
      const split = splitCredit(b.text);
      if (split.credit) {
        out[out.length - 1] = { ...prev, caption: split.caption, credit: prev.credit ?? split.credit };
        return;
      }
    }
    out.push(b);
  });
  let source: string | null = null;
  const last = out[out.length - 1];
  const sourceLine = last?.type === 'paragraph' ? SOURCE_LINE_RE.exec(last.text) : null;
  if (sourceLine?.[1]) {
    source = sourceLine[1].trim();
    out.pop();
  }
  while (out.length && out[out.length - 1]!.type === 'subheading') out.pop();
  return { blocks: out, authors, source };
}
