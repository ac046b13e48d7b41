/**
 * Speech events: where a text says that someone speaks, and who.
 *
 *  - a speech verb with its subject right after it («قال بوتين», «أكد وزير الخارجية …»), or
 *    just before it at a clause start («لافروف قال»); with neither, the subject is a pronoun
 *    (null) and the speaker carries on («وأضاف:»);
 *  - a participle («مضيفا», «ملاحظا»): always the speaker carrying on;
 *  - an attribution phrase and its source («وفقا للخبراء», «بحسب الوزير», «على حد تعبير
 *    الرئيس»); one whose source is no person, group or body is no event («وفقا للعبارة …»).
 * A subject is a person mention, a role alone that fitted nobody («وزير الدفاع»), a group
 * («الخبراء», «مصادر مطلعة») or an organisation («وزارة الخارجية»).
 */
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { ResolvedMention } from '../people/coref.js';
import { readingText } from '../text/clitics.js';
import type { Token } from '../text/tokenize.js';
import { isDefinite, isNonName, speechKind } from '../text/word-class.js';
import type { EntityCandidate } from '../types.js';

/** Who speaks: a person of the article, or a group, body or role as written. */
export type Speaker = { readonly kind: 'person'; readonly id: number } | { readonly kind: 'group' | 'org' | 'role'; readonly text: string };

/** A place in the text where someone is said to speak. */
export interface SpeechEvent {
  readonly unit: number;
  readonly token: number;
  readonly kind: 'verb' | 'participle' | 'attribution';
  /** Null: no subject written, the speaker carries on. */
  readonly speaker: Speaker | null;
}

/** What the event finder needs to know about one unit. */
export interface EventContext {
  readonly unit: number;
  readonly tokens: readonly Token[];
  /** Person mentions by first token, and by one past their last token. */
  readonly mentionAt: ReadonlyMap<number, ResolvedMention>;
  readonly mentionEndAt: ReadonlyMap<number, ResolvedMention>;
  /** Organisations by first token. */
  readonly orgAt: ReadonlyMap<number, EntityCandidate>;
}

/** Words that may sit between a verb and its subject: «قال أيضا الوزير». */
const SKIPPABLE = new Set(['ايضا', 'كذلك', 'مجددا', 'بدوره', 'بدورها', 'امس', 'اليوم']);
/** Words a clause-opening verb may follow: conjunctions, negations, «قد» («ولم يخف الرئيس»). */
const CLAUSE_OPENERS = new Set(['و', 'ف', 'ثم', 'لكن', 'بينما', 'فيما', 'لم', 'لا', 'لن', 'ما', 'قد', 'لقد', 'كما']);
const PREPOSITIONS = new Set(['في', 'من', 'الي', 'علي', 'عن', 'مع', 'عند', 'لدي', 'بين', 'حول', 'ضد', 'نحو', 'عبر', 'مثل']);

function groupAt(g: Gazetteer, tokens: readonly Token[], i: number): string | undefined {
  const m = g.groupSpeakers.match(tokens, i);
  if (!m) return undefined;
  const first = tokens[i]!;
  const rest = tokens.slice(i + 1, m.to).map((t) => ' ' + t.key).join('');
  const reading = first.readings.find((r) => r.prefix === m.prefix && g.groupSpeakers.hasKey(r.base + rest));
  let text = reading ? readingText(first.text, first.key, reading) : first.text;
  for (let k = i + 1; k < m.to; k++) text += ' ' + tokens[k]!.text;
  // One qualifier joins the group: a nationality («مسؤولون أمريكيون») or an indefinite adjective.
  const next = tokens[m.to];
  const nat = g.nationalities.match(tokens, m.to, false);
  if (nat) text += ' ' + tokens.slice(m.to, nat.to).map((t) => t.text).join(' ');
  else if (next && next.kind === 'word' && !isDefinite(next) && !isDefinite(first) && !isNonName(g, next) && !speechKind(g, next)) text += ' ' + next.text;
  return text;
}

/** The subject starting at token i, if one does. */
export function subjectAt(g: Gazetteer, ctx: EventContext, i: number): Speaker | null {
  const m = ctx.mentionAt.get(i);
  if (m) return m.entity !== null ? { kind: 'person', id: m.entity } : m.role ? { kind: 'role', text: m.role.text } : null;
  const org = ctx.orgAt.get(i);
  if (org && org.kind === 'organization') return { kind: 'org', text: org.name };
  const group = groupAt(g, ctx.tokens, i);
  return group ? { kind: 'group', text: group } : null;
}

function verbSubject(g: Gazetteer, ctx: EventContext, v: number): Speaker | null {
  let s = v + 1;
  while (s < ctx.tokens.length && SKIPPABLE.has(ctx.tokens[s]!.key)) s++;
  const after = subjectAt(g, ctx, s);
  if (after) return after;
  // Subject before the verb: «لافروف قال», «أما الخبير … فرأى», «عاد الوزير ليؤكد»; not when
  // the mention hangs on a preposition («مع بوتين قال» is someone else speaking).
  const before = ctx.mentionEndAt.get(v);
  if (before && before.entity !== null) {
    const prev = ctx.tokens[before.from - 1];
    const first = ctx.tokens[before.from]!;
    const governed = (prev && prev.kind === 'word' && PREPOSITIONS.has(prev.key)) || /^[بل]/.test(first.text.slice(0, before.start - first.start));
    if (!governed) return { kind: 'person', id: before.entity };
  }
  return clauseSubject(ctx, v);
}

const TERMINALS = new Set(['.', '!', '?', '؟', '؛', ';']);

/**
 * The subject of the sentence so far, for a verb with none of its own: the nearest person
 * named right after the verb that opens a clause («في المقابل، شن زعيم الحزب … هجوما، ووصف
 * الخطة بأنها «…»»). A person after a verb deeper in a clause («إنه التقى الرئيس …») is an
 * object, and is skipped.
 */
function clauseSubject(ctx: EventContext, v: number): Speaker | null {
  for (let k = v - 1; k > 0; k--) {
    const t = ctx.tokens[k]!;
    if (TERMINALS.has(t.text) || t.text === '»' || t.text === '”') return null;
    const m = ctx.mentionAt.get(k);
    if (!m || m.entity === null) continue;
    const verb = ctx.tokens[k - 1]!;
    const before = ctx.tokens[k - 2];
    const opens = !before || before.kind === 'punct' || CLAUSE_OPENERS.has(before.key) || CLAUSE_OPENERS.has(before.key.replace(/^[وف]/, ''));
    if (verb.kind === 'word' && opens && !PREPOSITIONS.has(verb.key) && !/^[بل]/.test(verb.key)) return { kind: 'person', id: m.entity };
  }
  return null;
}

function attributionSource(g: Gazetteer, ctx: EventContext, a: number): Speaker | null {
  const phrase = g.attributions.match(ctx.tokens, a);
  if (!phrase) return null;
  let j = phrase.to;
  for (let guard = 0; guard < 3 && j < ctx.tokens.length; guard++) {
    const t = ctx.tokens[j]!;
    // «وفقا لـ الرئيس»: a preposition written apart; «لتعبير»: a filler word.
    if (t.kind === 'word' && t.key.length === 1) j++;
    else if (g.attributionFillers.match(ctx.tokens, j)) j = g.attributionFillers.match(ctx.tokens, j)!.to;
    else break;
  }
  return subjectAt(g, ctx, j);
}

/** Speech events of a unit, skipping tokens inside quotations (`inside`). */
export function findSpeechEvents(g: Gazetteer, ctx: EventContext, inside: (token: number) => boolean): SpeechEvent[] {
  const out: SpeechEvent[] = [];
  ctx.tokens.forEach((t, i) => {
    if (t.kind !== 'word' || inside(i)) return;
    if (g.attributions.match(ctx.tokens, i)) {
      const speaker = attributionSource(g, ctx, i);
      if (speaker) out.push({ unit: ctx.unit, token: i, kind: 'attribution', speaker });
      return;
    }
    const kind = speechKind(g, t);
    if (kind === 'participle') out.push({ unit: ctx.unit, token: i, kind, speaker: clauseSubject(ctx, i) });
    else if (kind === 'verb') out.push({ unit: ctx.unit, token: i, kind, speaker: verbSubject(g, ctx, i) });
  });
  return out;
}
