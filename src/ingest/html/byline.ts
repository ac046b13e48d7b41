/**
 * Who wrote it, from the shapes pages give it: a meta value, a byline element or line
 * («كتبت: ليلى عيسى», «بقلم يوسف البنّا وريم شاهين»), and the dateline that opens the first
 * paragraph («الواحة - …»). Pure functions over strings.
 */
import {
  AUTHOR_SEPARATORS_RE,
  BYLINE_PREFIXES,
  DATELINE_RE,
  MAX_AUTHOR_CHARS,
  MAX_AUTHOR_WORDS,
  MAX_BYLINE_LINE_CHARS,
  NOT_A_NAME_RE,
} from './byline-rules.js';
import { cleanText } from './text.js';

const PREFIX_RE = new RegExp(`^(?:${BYLINE_PREFIXES.join('|')})(?=[\\s:：\\-–]|$)\\s*[:：\\-–]?\\s*`, 'iu');
const WAW = 'و';

/** Words in a name. */
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * Splits «يوسف البنّا وريم شاهين» into two writers. The «و» is glued to the next name, and
 * names may start with و (وليد) or hold it (محمد ولد الشيخ), so a split is made only
 * where both sides have at least two words.
 */
function splitOnWaw(text: string): string[] {
  const parts = text.split(/\s+/);
  for (let i = 2; i < parts.length - 1; i++) {
    const w = parts[i]!;
    if (w.startsWith(WAW) && w.length > 2 && words(parts.slice(i).join(' ')) >= 2) {
      const left = parts.slice(0, i).join(' ');
      const right = [w.slice(1), ...parts.slice(i + 1)].join(' ');
      return [left, ...splitOnWaw(right)];
    }
  }
  return [text];
}

/** Writers named in a byline text, prefixes dropped; [] when it does not look like names. */
export function splitAuthors(raw: string | null | undefined): string[] {
  const text = cleanText(raw).replace(PREFIX_RE, '');
  if (!text) return [];
  const out: string[] = [];
  for (const chunk of text.split(AUTHOR_SEPARATORS_RE)) {
    for (const name of splitOnWaw(chunk.trim())) {
      const n = name.replace(/^و\s+/, '').trim();
      if (n && n.length <= MAX_AUTHOR_CHARS && words(n) <= MAX_AUTHOR_WORDS && !NOT_A_NAME_RE.test(n) && !out.includes(n)) out.push(n);
    }
  }
  return out;
}

/** The writers of a body line such as «كتب: منير عبد الهادي», or null when it is not one. */
export function bylineLine(text: string): string[] | null {
  if (text.length > MAX_BYLINE_LINE_CHARS || !PREFIX_RE.test(text)) return null;
  const authors = splitAuthors(text);
  return authors.length ? authors : null;
}

/** The dateline city and source that open a paragraph («الواحة - …»), if any. */
export function datelineOf(paragraph: string): { dateline: string; source: string | null } | null {
  const m = DATELINE_RE.exec(paragraph);
  if (!m?.[1]) return null;
  return { dateline: m[1], source: m[2]?.trim() || null };
}
