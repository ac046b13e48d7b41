/**
 * Decides which quoted stretches are speech, and whose, reading the body in order.
 *
 * A running speaker is kept: every speech event with a subject sets it; mentions of people that
 * are not subjects of saying («للقاء بوتين مع كيم») leave it alone. For each quotation:
 *  1. Term, not speech: one or two words («نوفوستي», «دولة الاتحاد»); or up to three words glued
 *     to a preposition («لـ«توسيع معسكر الحلفاء»») or after a naming word («ما يسمى»,
 *     «شعار») — unless a speech verb and a colon lead straight into it («قال: «لا»»).
 *  2. Lead: the clause before the opening mark (back to a full stop or the last quotation that
 *     was speech). Its last speech event gives the speaker: its subject, or the running speaker.
 *  3. Tail: else, the clause after the closing mark («…»، قال الوزير» / «… بحسب المصادر»).
 *  4. Continuation: else, a quotation of CONTINUATION_WORDS words or more goes on the running
 *     speaker («و«أحد المواضيع…»»); a shorter one with no speech verb near it is a term.
 */
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { Token } from '../text/tokenize.js';
import type { QuoteSpan, QuoteUnit } from './quote-spans.js';
import type { Speaker, SpeechEvent } from './speech-events.js';

/** A quotation and its speaker (null when it is speech by someone not found). */
export interface AttributedQuote {
  readonly span: QuoteSpan;
  readonly speaker: Speaker | null;
}

/** Quotations this long are speech even with no verb beside them, when a speaker is running. */
const CONTINUATION_WORDS = 5;
const TERM_MAX_WORDS = 2;
const GLUED_TERM_MAX_WORDS = 3;
const TERMINALS = new Set(['.', '!', '?', '؟', '؛', ';']);
/** Prepositions written apart before a quotation: «لـ«…»», «بـ«…»». */
const GLUED = new Set(['ل', 'ب', 'ك']);

function wordCount(units: ReadonlyMap<number, QuoteUnit>, q: QuoteSpan): number {
  return q.parts.reduce((n, p) => n + (units.get(p.block)?.text.slice(p.start, p.end).split(/\s+/).filter(Boolean).length ?? 0), 0);
}

function looksLikeTerm(g: Gazetteer, tokens: readonly Token[], open: number, words: number, colonLed: boolean): boolean {
  if (colonLed) return false;
  if (words <= TERM_MAX_WORDS) return true;
  if (words > GLUED_TERM_MAX_WORDS) return false;
  const before = tokens[open - 1];
  if (before && before.kind === 'word' && GLUED.has(before.key)) return true;
  for (let k = Math.max(0, open - 3); k < open; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && t.readings.some((r) => g.termIntroducers.has(r.base) || g.orgHeads.has(r.base))) return true;
  }
  return false;
}

/** Attributes quotations (in body order) given the speech events of every prose unit. */
export function attributeQuotes(
  g: Gazetteer,
  units: readonly QuoteUnit[],
  spans: readonly QuoteSpan[],
  events: readonly SpeechEvent[],
): AttributedQuote[] {
  const byUnit = new Map(units.map((u) => [u.unit, u]));
  const out: AttributedQuote[] = [];
  let running: Speaker | null = null;
  let e = 0;
  const before = (unit: number, token: number) => (ev: SpeechEvent) => ev.unit < unit || (ev.unit === unit && ev.token < token);
  /** Clause start per unit: after a terminal, or after the last quotation that was speech. */
  const lastSpeechClose = new Map<number, number>();
  for (const q of spans) {
    const isBefore = before(q.openUnit, q.openToken);
    while (e < events.length && isBefore(events[e]!)) {
      if (events[e]!.speaker) running = events[e]!.speaker;
      e++;
    }
    const tokens = byUnit.get(q.openUnit)!.tokens;
    let clause = q.openToken;
    const floor = lastSpeechClose.get(q.openUnit) ?? -1;
    while (clause > floor + 1 && !TERMINALS.has(tokens[clause - 1]!.text)) clause--;
    const lead = events.filter((ev) => ev.unit === q.openUnit && ev.token >= clause && ev.token < q.openToken);
    const colonLed = lead.length > 0 && tokens[q.openToken - 1]?.text === ':';
    const words = wordCount(byUnit, q);
    if (looksLikeTerm(g, tokens, q.openToken, words, colonLed)) continue;
    let speaker: Speaker | null | undefined;
    if (lead.length) speaker = lead.at(-1)!.speaker ?? running;
    else {
      const tail = tailEvent(byUnit, events, q);
      if (tail) speaker = tail.speaker ?? running;
      else if (words >= CONTINUATION_WORDS && running) speaker = running;
    }
    if (speaker === undefined) continue;
    running = speaker ?? running;
    out.push({ span: q, speaker });
    lastSpeechClose.set(q.closeUnit, q.closeToken);
  }
  return out;
}

function tailEvent(units: ReadonlyMap<number, QuoteUnit>, events: readonly SpeechEvent[], q: QuoteSpan): SpeechEvent | undefined {
  const tokens = units.get(q.closeUnit)!.tokens;
  let end = q.closeToken + 1;
  while (end < tokens.length && !TERMINALS.has(tokens[end]!.text) && !['«', '“', '"'].includes(tokens[end]!.text)) end++;
  return events.find((ev) => ev.unit === q.closeUnit && ev.token > q.closeToken && ev.token < end && (ev.speaker || ev.kind !== 'attribution'));
}
