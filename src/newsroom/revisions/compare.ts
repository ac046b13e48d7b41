import type { Block } from '../../article/index.js';
import type { DraftFields } from '../drafts/fields.js';
import { diffWords, type DiffSegment } from './word-diff.js';

/** One changed field or block between two versions. */
export interface FieldChange {
  /** Stable key (`headline`, `body.3`), for tests and anchors. */
  key: string;
  /** What the editor calls it. */
  label: string;
  change: 'changed' | 'added' | 'removed';
  segments: DiffSegment[];
}

/** How each kind of block is named. */
export const BLOCK_NAMES: Record<Block['type'], string> = {
  paragraph: 'فقرة',
  subheading: 'عنوان فرعي',
  image: 'صورة',
  quote: 'اقتباس',
  video: 'فيديو',
};

/** The readable text of a block, for comparing and showing. */
export function blockText(b: Block): string {
  switch (b.type) {
    case 'paragraph':
    case 'subheading':
      return b.text;
    case 'quote':
      return b.cite ? `${b.text} — ${b.cite}` : b.text;
    case 'image':
      return [b.caption, b.credit ? `(${b.credit})` : '', b.alt ? `[${b.alt}]` : '', b.src ?? ''].filter(Boolean).join(' ');
    case 'video':
      return [b.caption, b.credit ? `(${b.credit})` : '', b.src ?? ''].filter(Boolean).join(' ');
  }
}

/** The scalar fields compared as text, with their labels. */
const TEXT_FIELDS: Array<[key: string, label: string, get: (f: DraftFields) => string]> = [
  ['kicker', 'التصنيف', (f) => f.kicker ?? ''],
  ['headline', 'العنوان', (f) => f.headline],
  ['deck', 'الموجز', (f) => f.deck ?? ''],
  ['section', 'القسم', (f) => f.section ?? ''],
  ['tags', 'الوسوم', (f) => f.tags.join('، ')],
  ['byline.authors', 'الكتّاب', (f) => f.byline?.authors.join('، ') ?? ''],
  ['byline.source', 'المصدر', (f) => f.byline?.source ?? ''],
  ['byline.dateline', 'مكان الخبر', (f) => f.byline?.dateline ?? ''],
  ['leadImage.src', 'الصورة الرئيسية', (f) => f.leadImage?.src ?? ''],
  ['leadImage.caption', 'تعليق الصورة الرئيسية', (f) => f.leadImage?.caption ?? ''],
  ['leadImage.credit', 'مصدر الصورة الرئيسية', (f) => f.leadImage?.credit ?? ''],
  ['leadImage.alt', 'النص البديل للصورة الرئيسية', (f) => f.leadImage?.alt ?? ''],
  ['pins', 'مقالات مثبتة', (f) => f.pins.join('، ')],
  ['exclusions', 'مقالات مستبعدة', (f) => f.exclusions.join('، ')],
];

/** A change of a text from `before` to `after`, or null when equal. */
function textChange(key: string, label: string, before: string, after: string): FieldChange | null {
  if (before === after) return null;
  const change = before === '' ? 'added' : after === '' ? 'removed' : 'changed';
  return { key, label, change, segments: diffWords(before, after) };
}

/** Pairs of equal blocks (by type and text) in order: the longest common subsequence. */
function matchBlocks(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * The body's changes block by block: unchanged blocks are matched (so a moved or inserted
 * paragraph does not mark every later one changed); between matches, blocks of the same kind
 * are compared word by word, and the rest are shown as added or removed.
 */
function bodyChanges(before: readonly Block[], after: readonly Block[]): FieldChange[] {
  const key = (b: Block) => `${b.type}\u0000${blockText(b)}`;
  const pairs = [...matchBlocks(before.map(key), after.map(key)), [before.length, after.length] as [number, number]];
  const out: FieldChange[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of pairs) {
    const removed = before.slice(i, pi).map((b, k) => ({ b, at: i + k }));
    const added = after.slice(j, pj).map((b, k) => ({ b, at: j + k }));
    while (removed.length || added.length) {
      const r = removed[0];
      const a = added[0];
      if (r && a && r.b.type === a.b.type) {
        removed.shift();
        added.shift();
        out.push({ key: `body.${a.at}`, label: `${BLOCK_NAMES[a.b.type]} ${a.at + 1}`, change: 'changed', segments: diffWords(blockText(r.b), blockText(a.b)) });
      } else if (r && (!a || removed.length >= added.length)) {
        removed.shift();
        out.push({ key: `body.${r.at}`, label: `${BLOCK_NAMES[r.b.type]} ${r.at + 1} (حُذفت)`, change: 'removed', segments: [{ op: 'del', text: blockText(r.b) }] });
      } else if (a) {
        added.shift();
        out.push({ key: `body.${a.at}`, label: `${BLOCK_NAMES[a.b.type]} ${a.at + 1} (أُضيفت)`, change: 'added', segments: [{ op: 'add', text: blockText(a.b) }] });
      }
    }
    i = pi + 1;
    j = pj + 1;
  }
  return out;
}

/** Everything that differs from `before` (null: an empty article) to `after`, field by field and block by block. */
export function compareDrafts(before: DraftFields | null, after: DraftFields): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [key, label, get] of TEXT_FIELDS) {
    const c = textChange(key, label, before ? get(before) : '', get(after));
    if (c) out.push(c);
  }
  out.push(...bodyChanges(before?.body ?? [], after.body));
  return out;
}
