/**
 * The comparison key of a text (dedup and equality checks): letters and digits only, no
 * diacritics or tatweel, lower case. Rules, in order (compareKeyByRules is the definition):
 * 1. diacritics and tatweel are removed, joining what stood on either side of them;
 * 2. every run of characters that are neither letters nor digits becomes one space;
 * 3. the ends are trimmed and the text lower-cased.
 * It runs on every block of every page, so the common characters (Arabic letters and digits,
 * ASCII, Arabic and general punctuation) take one pass over the code units; a text holding
 * any other character goes through the rules' regular expressions.
 */
import { stripDiacritics, stripTatweel } from '../../arabic/diacritics.js';

const COMPARE_STRIP_RE = /[^\p{L}\p{N}]+/gu;

/** The key by its rules, with regular expressions: the definition the fast pass must equal. */
export function compareKeyByRules(text: string): string {
  return stripTatweel(stripDiacritics(text)).replace(COMPARE_STRIP_RE, ' ').trim().toLowerCase();
}

const KEEP = 1;
const SEPARATE = 2;
const DROP = 3;

/** What the fast pass does with a code unit: KEEP (letter, digit), SEPARATE, DROP (diacritic, tatweel), or 0 (unknown). */
function classify(c: number): number {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? KEEP : SEPARATE;
  if (c >= 0x0600 && c <= 0x06ff) {
    // Letters (Lo) and Arabic-Indic digits (Nd).
    if ((c >= 0x0620 && c <= 0x063f) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0x06f0 && c <= 0x06f9)) return KEEP;
    // TATWEEL and the marks of DIACRITICS_RE (src/arabic/letters.ts).
    if (c === 0x0640 || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06dc) || (c >= 0x06df && c <= 0x06e8) || (c >= 0x06ea && c <= 0x06ed)) return DROP;
    // Arabic comma, semicolon, question mark, percent and separators, full stop (Po).
    if (c === 0x060c || c === 0x061b || c === 0x061f || (c >= 0x066a && c <= 0x066d) || c === 0x06d4) return SEPARATE;
    return 0;
  }
  // NBSP and guillemets; general punctuation and spaces (U+2000–U+202F: Zs, Cf, Pd, Pi, Pf, Po, Zl, Zp).
  if (c === 0xa0 || c === 0xab || c === 0xbb || (c >= 0x2000 && c <= 0x202f)) return SEPARATE;
  return 0;
}

// The classes of the code units up to U+206F, looked up rather than computed in the loop.
const TABLE_SIZE = 0x2070;
const CLASSES = Uint8Array.from({ length: TABLE_SIZE }, (_, c) => classify(c));

/** The comparison key of a text (see the rules above). */
export function compareKey(text: string): string {
  let out = '';
  let runStart = -1; // start of the kept run being copied
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = c < TABLE_SIZE ? CLASSES[c]! : 0;
    if (kind === KEEP) {
      if (runStart < 0) {
        if (pendingSpace && out) out += ' ';
        pendingSpace = false;
        runStart = i;
      }
      continue;
    }
    if (kind === 0) return compareKeyByRules(text);
    if (runStart >= 0) {
      out += text.slice(runStart, i);
      runStart = -1;
    }
    if (kind === SEPARATE) pendingSpace = true;
  }
  if (runStart >= 0) out += text.slice(runStart);
  return out.toLowerCase();
}
