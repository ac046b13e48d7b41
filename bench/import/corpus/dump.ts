/**
 * Page dumps in the shape of test/fixtures/pagetext (see ../shared/seed/ANATOMY.md): one
 * article page, its related-articles module, then the pages of some of those related
 * articles. Each page varies the parts the parser must recognise: deck or none, `TT` or
 * none, sticky-header repeat or none, in-body photos with agency or plain credits,
 * subheadings (with a colon, ending in ؟), quotations over two paragraphs, cards with
 * labels glued to captions, kickers glued to headlines, video markers and bylines of one
 * writer, two joined by «و», or a «source», with or without a dateline.
 */
import type { Rng } from './rng.js';
import type { SourceText } from './texts.js';
import { CAPTION_OPENINGS, CITIES, CREDITS, KICKERS, SECTIONS, SOURCES, WRITERS } from './words.js';

/** A card of the related module, and the page it links to when that page is in the dump. */
interface Card {
  text: SourceText;
  label: string;
  caption: string;
  kicker: string | null;
  video: boolean;
  byline: string;
  linked: boolean;
}

const words = (s: string, n: number) => s.split(' ').slice(0, n).join(' ');

function caption(r: Rng, t: SourceText): string {
  return `${r.pick(CAPTION_OPENINGS)} ${words(t.paragraphs[0]!, r.int(4, 8)).replace(/[.،,:؛]+$/u, '')} (${r.pick(CREDITS)})`;
}

function byline(r: Rng): string {
  const city = r.chance(0.7) ? ` (${r.pick(CITIES)})` : '';
  const kind = r.int(0, 2);
  if (kind === 0) return `${r.pick(WRITERS)}${city}`;
  if (kind === 1) return `${WRITERS[r.int(0, 3)]} و ${WRITERS[r.int(4, WRITERS.length - 1)]}${city}`;
  return `«${r.pick(SOURCES)}»${city || ` (${r.pick(CITIES)})`}`;
}

/** A short heading made from the text's own words: no final punctuation, sometimes a colon or ؟. */
function subheading(r: Rng, t: SourceText, k: number): string {
  const base = words(t.paragraphs[k % t.paragraphs.length]!, r.int(2, 5)).replace(/[.،,:؛«»"]+/gu, '');
  const form = r.int(0, 2);
  return form === 0 ? base : form === 1 ? `${r.pick(WRITERS).split(' ')[0]}: ${base}` : `لماذا ${base}؟`;
}

/** The body of one page: paragraphs, subheadings, in-body photos and a quotation over two paragraphs. */
function body(r: Rng, t: SourceText): string[] {
  const out: string[] = [];
  t.paragraphs.forEach((p, k) => {
    if (k > 0 && r.chance(0.25)) out.push(subheading(r, t, k + 1));
    if (k === 1 && r.chance(0.3)) {
      // A quotation that runs across two paragraphs stays two paragraphs.
      out.push(`وقال ${r.pick(WRITERS)} إن «${words(p, 12)}،`, `${p.split(' ').slice(12).join(' ') || 'وهذا ما ننتظره'}».`);
      return;
    }
    out.push(p);
    if (r.chance(0.15)) out.push(caption(r, t));
  });
  return out;
}

/** One article page: header (headline, deck, caption pair, TT, repeat) and body. */
function page(r: Rng, t: SourceText, cap: string): string[] {
  const lines = [t.title, ''];
  if (r.chance(0.6)) lines.push(words(t.paragraphs[1] ?? t.paragraphs[0]!, r.int(8, 14)).replace(/[.،]+$/u, ''), '');
  const hasTT = r.chance(0.85);
  lines.push(cap, cap);
  if (hasTT) lines.push('TT');
  if (hasTT || r.chance(0.5)) lines.push('', t.title, '', cap, cap);
  lines.push('');
  for (const b of body(r, t)) lines.push(b, '');
  return lines;
}

function card(r: Rng, t: SourceText, linked: boolean): Card {
  return { text: t, label: r.pick(SECTIONS), caption: caption(r, t), kicker: r.chance(0.2) ? r.pick(KICKERS) : null, video: r.chance(0.15), byline: byline(r), linked };
}

/** The related-articles module: heading, the first card's headline alone, then the cards. */
function module(r: Rng, cards: Card[]): string[] {
  const lines = ['', 'مقالات ذات صلة', '', cards[0]!.text.title, ''];
  for (const c of cards) {
    lines.push(`${c.label} ${c.caption}${c.video ? ' play-circle' : ''}`, '');
    lines.push(`${c.kicker ? `${c.kicker} ` : ''}${c.text.title}`, '');
    lines.push(words(c.text.paragraphs[0]!, r.int(14, 24)), '');
    lines.push(c.byline);
  }
  return lines;
}

/** A dump of `pages` article pages (the first with its module) built from `texts`; returns the text. */
export function makeDump(r: Rng, texts: readonly SourceText[], pages: number): string {
  const main = texts[0]!;
  const related = texts.slice(1);
  const cards = related.map((t, i) => card(r, t, i < pages - 1));
  const lines = page(r, main, caption(r, main));
  if (cards.length) lines.push(...module(r, cards));
  for (const c of cards.filter((x) => x.linked)) {
    lines.push('', '', '');
    // A linked page's photo is the card's: the parser finds the caption pair again.
    lines.push(...page(r, c.text, c.caption));
  }
  return `${lines.join('\n').replace(/\n{4,}/g, '\n\n\n')}\n`;
}
