/**
 * Finds the people named in one text: a role then a name («الرئيس الروسي فلاديمير بوتين»),
 * a known person («بوتين» when the gazetteer knows him), a given name then more name words
 * («فولوديمير زيلينسكي»), the unknown name right after a speech verb («وقال جوتشولك إن»), and a
 * role alone («الوزير الروسي», «رئيس بيلاروسيا») for coreference to resolve.
 */
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import { rawOffsetAfterKeyChars } from '../text/key.js';
import { isMatchReport } from '../text/match-report.js';
import type { Token } from '../text/tokenize.js';
import { conjReadings, isDefinite, isGivenName, isMaqsuraFunctionWord, speechKind } from '../text/word-class.js';
import type { PersonCandidate } from '../types.js';
import { isNameWord, NISBA_FAMILY_RE, readName } from './names.js';
import { readRole } from './roles.js';

/** Whether any reading of the token is in the set. */
function opensWith(set: ReadonlySet<string>, t: Token): boolean {
  for (const r of t.readings) if (set.has(r.base)) return true;
  return false;
}

/** Possessive endings that may turn a title into a role («رئيسها»). */
const POSSESSIVE_END_RE = /(?:ه|ها|هم|هما)$/;

/** Unknown names after a speech verb are short; longer runs are usually a clause. */
const MAX_BARE_NAME = 3;

function offsetIn(token: Token, prefix: number): number {
  return token.start + rawOffsetAfterKeyChars(token.text, prefix);
}

/**
 * The reading of a token as a given name that may open a name on its own: behind a conjunction
 * at most («وفولوديمير»; «بكين» is not «ب» + «كين»), never a function word («على») nor a
 * name that is also a common word («حسن»).
 */
function givenNameReading(g: Gazetteer, token: Token): { key: string; prefix: number; arabic: boolean } | undefined {
  if (isMaqsuraFunctionWord(g, token) || g.entities.hasKey(token.key)) return undefined;
  for (const [n, k] of conjReadings(token).entries()) {
    if (g.ambiguousGivenNames.has(k)) return undefined;
    if (g.givenNames.has(k) || g.familyFirstNames.has(k)) {
      return { key: k, prefix: n, arabic: g.arabicGivenNames.has(k) };
    }
  }
  return undefined;
}

/** Particles that open a family name after a given name («بن», «أبو», «آل»), as keys. */
const FAMILY_PARTICLES = new Set(['بن', 'ابن', 'ابو', 'ال']);

/**
 * The reading of a token as an ambiguous given name («فارس» knight, «سعيد» happy) followed by a
 * name that no common word would take: a particle and a name word, another given name, or a
 * nisba that is no nationality nor common word. «سعيد الفلسطيني» and «كريم الأخلاق» stay out.
 */
function ambiguousNameStart(g: Gazetteer, tokens: readonly Token[], i: number): { key: string; prefix: number } | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!next || next.kind !== 'word' || isMaqsuraFunctionWord(g, t)) return undefined;
  const family =
    (FAMILY_PARTICLES.has(next.key) && isNameWord(g, tokens, i + 2)) ||
    // «عادل محمد», «كرم جابر»: a second given name makes the first one a name too.
    (g.givenNames.has(next.key) && !isDefinite(next) && isNameWord(g, tokens, i + 1)) ||
    (NISBA_FAMILY_RE.test(next.key) && isNameWord(g, tokens, i + 1) && !g.entities.getKey(next.key) && !g.titles.match(tokens, i + 1));
  if (!family) return undefined;
  for (const [n, k] of conjReadings(t).entries()) if (g.ambiguousGivenNames.has(k) && !isDefinite(t)) return { key: k, prefix: n };
  return undefined;
}

const THAT = new Set(['ان', 'انه', 'انها']);

function isClauseEnd(t: Token | undefined): boolean {
  return !t || t.kind === 'punct' || THAT.has(t.key);
}

/**
 * Prepositions that open the verb's complement right after its subject: «وشدد عزام على أن»,
 * «وقال عمرو بعد لقائه», «وقال تريشيه لصحيفة». After a one-word subject they close it as
 * surely as «إن» does, since a noun subject would have taken an article or a complement.
 */
const AFTER_SUBJECT = new Set(['علي', 'في', 'من', 'عن', 'الي', 'بعد', 'خلال', 'امام', 'عقب', 'مع', 'قبل', 'لدي', 'عند', 'الذي', 'التي']);

/** A preposition glued to its noun: «لصحيفة», «للصحفيين», «بالتزامن» (a name never opens so). */
const GLUED_COMPLEMENT_RE = /^(?:لل|بال|[بل][\u0621-\u064A]{2,}ة$)/;

/** Whether a one-word subject of a verb can end before t. */
function closesSubject(t: Token | undefined): boolean {
  return isClauseEnd(t) || (!!t && t.kind === 'word' && (AFTER_SUBJECT.has(t.key) || GLUED_COMPLEMENT_RE.test(t.text)));
}

/**
 * One past a family name with the article at `i` («الشريف») that ends a speech verb's unknown
 * subject: followed by a title in apposition («مستشار», «وزيرة»), or nisba-shaped and closed by
 * «إن» or punctuation.
 */
function familyAfterSubject(g: Gazetteer, tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i];
  const first = tokens[i - 1];
  // «وأضاف متمنيا للأدب», «وتساءل موجها الكلام»: a circumstantial accusative (…ا) opens no name.
  if (!t || t.kind !== 'word' || !first || /ا$/.test(first.key) || !t.key.startsWith('ال') || t.key.length < 5 || !isNameWord(g, tokens, i)) return undefined;
  const after = tokens[i + 1];
  const titled = after?.kind === 'word' && !!g.titles.match(tokens, i + 1);
  // Closed by «إن» or punctuation, only a nisba-shaped word is surely a family name («موقعو النداء أن»).
  return titled || (isClauseEnd(after) && NISBA_FAMILY_RE.test(t.key)) ? i + 1 : undefined;
}

/**
 * Verbs of match reports whose subject is a player: «وسجل كيني ميلر هدف الفوز», «ومرر غوتي
 * كرة». Like a speech verb opening its clause, they introduce an unknown name.
 */
const PLAYER_VERBS = new Set(['سجل', 'احرز', 'مرر', 'سدد', 'اهدر', 'اضاع', 'صنع', 'تصدي', 'انقذ', 'عادل', 'ارسل', 'توج', 'فاز']);

/** What a player's verb takes right after the player («ومرر غوتي كرة», «وأضاف راوول الهدف الثاني»), as keys. */
const MATCH_OBJECTS = new Set(['كره', 'الكره', 'هدف', 'الهدف', 'هدفا', 'تسديده', 'ركله', 'ضربه', 'الشباك', 'الفارق', 'التعادل']);

/**
 * Where a scorer's name closed by the minute in parentheses ends («رييس ( 27 )», «كولو توريه
 * (60)»): one or two name words, then «(», a number, «)». Match reports only.
 */
function scorerEnd(g: Gazetteer, tokens: readonly Token[], i: number): number | undefined {
  for (let n = 1; n <= 2; n++) {
    const [open, minute, close] = [tokens[i + n], tokens[i + n + 1], tokens[i + n + 2]];
    if (open?.text !== '(' || !/^[0-9٠-٩]{1,3}$/.test(minute?.text ?? '') || close?.text !== ')') continue;
    for (let k = i; k < i + n; k++) if (isDefinite(tokens[k]!) || !isNameWord(g, tokens, k) || g.entities.match(tokens, k)) return undefined;
    return i + n;
  }
  return undefined;
}

/** Whether the token is a match-report verb, bare or behind و/ف. */
function isPlayerVerb(t: Token): boolean {
  return t.kind === 'word' && conjReadings(t).some((k) => PLAYER_VERBS.has(k));
}

/** Whether the token at i starts a clause: first, after punctuation, or after a lone «و». */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !before || before.kind === 'punct' || before.key === 'و' || tokens[i]!.key.startsWith('و');
}

/** Every person mention of one text unit, in order, without overlaps; `telegraphic` for headlines and captions. */
export function findPeople(g: Gazetteer, unit: number, text: string, tokens: readonly Token[], telegraphic = false): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  // Where a role in apposition opens («…، مديرة المتحف،»): it is the name's role, not a mention.
  let appositionAt = -1;
  const full = (from: number, to: number, start: number, nameStart: number, role: PersonCandidate['role'], known?: string): void => {
    const end = tokens[to - 1]!.end;
    const apposed = role?.title ? null : apposition(g, text, tokens, to);
    if (apposed) appositionAt = to + 1;
    const written = apposed ?? role;
    out.push({ unit, from, to, start, end, nameStart, form: 'full', name: text.slice(nameStart, end), role: written, ...(known ? { known } : {}) });
  };
  const openers = g.openers().person;
  const verbAt = tokens.map((t) => t.kind === 'word' && (speechKind(g, t) === 'verb' || isPlayerVerb(t)));
  const report = isMatchReport(g, tokens);
  const interiors = knownNameInteriors(g, tokens);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || g.isRejected(t.text) || interiors.has(i)) {
      i++;
      continue;
    }
    // Most words open nothing: no title, nationality, known or given name, no possessed title,
    // not after a speech verb or a person just named.
    const mayOpen =
      opensWith(openers, t) ||
      POSSESSIVE_END_RE.test(t.text) ||
      (i > 0 && (verbAt[i - 1] || tokens[i - 1]!.key === 'و')) ||
      (out.length > 0 && out[out.length - 1]!.to === i);
    // «اثر تمريرة من [رييس] ( 27 )»: in a match report, the minute in parentheses closes a scorer's name.
    const scorer = report && !mayOpen && !g.entities.match(tokens, i) ? scorerEnd(g, tokens, i) : undefined;
    if (scorer !== undefined) {
      full(i, scorer, t.start, t.start, null);
      i = scorer;
      continue;
    }
    if (!mayOpen) {
      i++;
      continue;
    }
    const role = readRole(g, text, tokens, i);
    if (role) {
      // A definite word after a role is a name only when known («الرئيس الأسد») or a given
      // name; else it is the sentence going on («الوزير القطري القمة»).
      const next = tokens[role.to];
      // Maghrebi given names carry the article («الهادي بن سالم»): those are names too.
      const blocked = role.anonymous || (!!next && isDefinite(next) && g.entities.getKey(next.key)?.kind !== 'person' && !g.givenNames.has(next.key));
      let nameEnd = blocked ? role.to : readName(g, tokens, role.to, { arabicStart: startsArabicName(g, next), telegraphic });
      // A title in construct takes a noun more often than a name: «رئيس وزراء سابق», «متحدث
      // عسكري». Unless the role named a country or body first, the name must open with a given
      // name or be known.
      const opensName = !!next && (isGivenName(g, next) || g.entities.match(tokens, role.to)?.value.kind === 'person');
      if (nameEnd > role.to && !role.definite && !role.role?.country && !opensName) nameEnd = role.to;
      if (nameEnd > role.to) {
        full(i, nameEnd, role.start, tokens[role.to]!.start, role.role);
        i = nameEnd;
        continue;
      }
      if (role.role?.title && (role.definite || role.role.country) && !role.role.relative && i !== appositionAt) {
        const end = tokens[role.to - 1]!.end;
        out.push({ unit, from: i, to: role.to, start: role.start, end, nameStart: end, form: 'title', name: '', role: role.role });
      }
      i = role.to;
      continue;
    }
    const known = g.entities.match(tokens, i);
    if (known && known.value.kind === 'person' && !g.isRejected(text.slice(t.start, tokens[known.to - 1]!.end))) {
      const start = offsetIn(t, known.prefix);
      full(i, known.to, start, start, null, known.value.name);
      i = known.to;
      continue;
    }
    // «الدولي الكاميروني صامويل ايتو», «منافسه التركي نظمي افلوكا»: a nationality, then a name
    // of two words or more (one word after a nationality is too often a noun).
    // «للكيني كومان رونو»: the adjective may carry «ل» or «و» («للكيني» reads «الكيني»).
    const nat = isDefinite(t) ? g.nationalities.match(tokens, i) : undefined;
    if (nat && tokens[nat.to] && !isDefinite(tokens[nat.to]!) && !describesBody(g, tokens, i)) {
      const nameEnd = readName(g, tokens, nat.to);
      // In a match report one word is enough where the clause goes on: «البرتغالي [تياغو] في الدقيقة 55».
      const after = tokens[nameEnd];
      const player = report && nameEnd - nat.to === 1 && (closesSubject(after) || after?.key === 'و' || MATCH_OBJECTS.has(after?.key ?? ''));
      if (nameEnd - nat.to >= 2 || player) {
        const start = tokens[nat.to]!.start;
        const role = { text: text.slice(t.start, tokens[nat.to - 1]!.end), title: '', country: nat.value, relative: false };
        full(nat.to, nameEnd, start, start, role.title ? role : null);
        i = nameEnd;
        continue;
      }
    }
    // «سيدورف و روي ماكاي»: a name coordinated with the person just named.
    const afterPerson = out.at(-1)?.to;
    const conj = afterPerson !== undefined && (afterPerson === i - 1 ? tokens[i - 1]!.key === 'و' : afterPerson === i && t.key.startsWith('و'));
    if (conj) {
      // «ووليد» carries the «و»; after a «و» written apart the word is the name as it stands.
      const first = afterPerson === i ? t.key.slice(1) : undefined;
      const nameEnd = readName(g, tokens, i, first ? { firstKey: first } : {});
      // One word is a name too where the list goes on after it («أبوتريكة و[متعب] و…») or ends
      // after it. A glued «و» that ends the list must carry a known given name: a word opening
      // with «و» at the end of a clause is as often a predicate («فشل المفاوضات بين ماكرون وأردوغان وارد»: possible).
      const after = tokens[nameEnd];
      const goesOn = !!after && (after.key === 'و' || (after.key.startsWith('و') && isNameWord(g, tokens, nameEnd, after.key.slice(1))));
      const endsOnName = (!after || after.kind === 'punct') && (first === undefined || g.givenNames.has(first));
      const listed = nameEnd - i === 1 && !isDefinite(t) && (goesOn || endsOnName);
      if (nameEnd - i >= 2 || listed) {
        const start = offsetIn(t, first ? 1 : 0);
        full(i, nameEnd, start, start, null);
        i = nameEnd;
        continue;
      }
    }
    const given = givenNameReading(g, t);
    if (given) {
      const nameEnd = readName(g, tokens, i, { firstKey: given.key, arabicStart: given.arabic });
      if (nameEnd - i >= 2) {
        const start = offsetIn(t, given.prefix);
        full(i, nameEnd, start, start, null);
        i = nameEnd;
        continue;
      }
    }
    // «فارس المفتي», «منصور أبو حميد», «سعيد بن شيبان»: a given name that is also a common
    // word opens a name when what follows can only be a family name: a particle or a nisba.
    const ambiguous = ambiguousNameStart(g, tokens, i);
    if (ambiguous) {
      const nameEnd = readName(g, tokens, i, { firstKey: ambiguous.key, arabicStart: true });
      if (nameEnd - i >= 2) {
        const start = offsetIn(t, ambiguous.prefix);
        full(i, nameEnd, start, start, null);
        i = nameEnd;
        continue;
      }
    }
    // «وقال جوتشولك إن»: an unknown name as the subject of a verb that opens its clause, closed
    // by «إن»/«أن» or punctuation; «وقال لضيفه» is a preposition phrase.
    // A word opening with «ل» is a name only when «إن» or punctuation closes it («وأوضح لارسن أن»)
    // and it has no possessive or feminine ending: «وقال لضيفه إن», «وقال لوكالة» are complements.
    const lam = t.key.startsWith('ل');
    if (lam && (POSSESSIVE_END_RE.test(t.text) || /ة$/.test(t.text))) {
      i++;
      continue;
    }
    // «وقال البدري إن»: a family name shaped like a nisba, alone and closed, is the subject too.
    if (i > 0 && verbAt[i - 1] && opensClause(tokens, i - 1) && isDefinite(t) && NISBA_FAMILY_RE.test(t.key) && isClauseEnd(tokens[i + 1]) && isNameWord(g, tokens, i)) {
      full(i, i + 1, t.start, t.start, null);
      i++;
      continue;
    }
    if (i > 0 && verbAt[i - 1] && opensClause(tokens, i - 1) && !isDefinite(t) && isNameWord(g, tokens, i)) {
      let nameEnd = readName(g, tokens, i);
      // «وقال مجذوب الشريف إن», «وأكد مجذوب الشريف مستشار الرئيس»: an unknown first word may take a
      // family name with the article when «إن», punctuation or a title in apposition closes the
      // two, as they close no common noun phrase that a speech verb takes as its subject.
      if (nameEnd === i + 1 && !lam && !report) nameEnd = familyAfterSubject(g, tokens, i + 1) ?? nameEnd;
      // «ومرر غوتي كرة»: in a match report the ball or the goal is the verb's object, no name.
      if (report) for (let k = i + 1; k < nameEnd; k++) if (MATCH_OBJECTS.has(tokens[k]!.key)) nameEnd = k;
      const object = report && MATCH_OBJECTS.has(tokens[nameEnd]?.key ?? '');
      const closed = lam ? nameEnd - i === 1 && isClauseEnd(tokens[nameEnd]) : nameEnd - i >= 2 || closesSubject(tokens[nameEnd]) || object;
      if (nameEnd - i <= MAX_BARE_NAME && closed) {
        full(i, nameEnd, t.start, t.start, null);
        i = nameEnd;
        continue;
      }
    }
    i++;
  }
  return out;
}

/**
 * The words inside a known place or body after its first word («بيونغ [يانغ]»: the second
 * word is also a Chinese given name, and no name opens there). One gazetteer lookup a word.
 */
function knownNameInteriors(g: Gazetteer, tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'word') continue;
    const m = g.entities.match(tokens, i);
    if (m && m.value.kind !== 'person') for (let k = i + 1; k < m.to; k++) out.add(k);
  }
  return out;
}

/**
 * Whether the adjective at i qualifies a body named just before it («القوات الأميركية
 * اقتحمت…»): then what follows is the sentence going on, not a name.
 */
function describesBody(g: Gazetteer, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || before.kind !== 'word') return false;
  if (g.nationalBodies.match(tokens, i - 1)?.to === i) return true;
  return before.readings.some((r) => r.base.startsWith('ال') && g.orgHeads.has(r.base.slice(2)));
}

const COMMAS = new Set(['،', ',']);

/**
 * A role in apposition after a name, between commas: «ليلى أبو زيد، مديرة صندوق التنمية
 * العربي،». Only a role with a title that runs up to a comma or a full stop counts.
 */
function apposition(g: Gazetteer, text: string, tokens: readonly Token[], to: number): PersonCandidate['role'] {
  if (!COMMAS.has(tokens[to]?.text ?? '')) return null;
  const r = readRole(g, text, tokens, to + 1);
  const after = tokens[r?.to ?? -1];
  if (!r?.role?.title || r.role.relative || (after && after.kind !== 'punct')) return null;
  return r.role;
}

function startsArabicName(g: Gazetteer, t: Token | undefined): boolean {
  return !!t && g.arabicGivenNames.has(t.key);
}
