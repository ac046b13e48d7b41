/**
 * The gazetteer: every word list and entity table the matchers read, in one object that grows
 * at run time. Facts written for Midad fill it (facts.ts); the store's entity table and editors'
 * confirmations extend it (teach.ts) with the same methods.
 */
import { keyOf, phraseKey } from '../text/key.js';
import { PhraseTable, tableGeneration } from './phrase-table.js';

/** The kinds of named entity Midad annotates. */
export type EntityKind = 'person' | 'place' | 'organization';

/** What the gazetteer knows about a name. */
export interface EntityFact {
  /** Canonical name, as it should be shown. */
  readonly name: string;
  readonly kind: EntityKind;
  /** A person's role as usually written («وزير الخارجية الروسي»). */
  readonly role?: string | null;
  /** The country a person or place belongs to (canonical country name). */
  readonly country?: string | null;
}

/** A title as listed: its canonical form, without the article. */
export interface TitleFact {
  readonly title: string;
}

/** How a speech word introduces a quotation. */
export type SpeechKind = 'verb' | 'participle';

/** Word lists and entity tables, extendable at run time. */
export class Gazetteer {
  /** Names and aliases of people, places and organisations. */
  readonly entities = new PhraseTable<EntityFact>();
  /** Nationality adjectives in all their forms, to the country («الروسية» → روسيا). */
  readonly nationalities = new PhraseTable<string>();
  /** Titles and roles, with and without the article. */
  readonly titles = new PhraseTable<TitleFact>();
  /** Honorifics («السيد», «الشيخ»): they open a name but are not a role. */
  readonly honorifics = new PhraseTable<true>();
  /** Group speakers («الخبراء», «مصادر»). */
  readonly groupSpeakers = new PhraseTable<true>();
  /** Bodies named by a common noun and a nationality («الحكومة الفرنسية»). */
  readonly nationalBodies = new PhraseTable<true>();
  /** Attribution phrases («وفقا», «بحسب», «على حد تعبير»). */
  readonly attributions = new PhraseTable<true>();
  /** Words between an attribution phrase and its source («تعبير»). */
  readonly attributionFillers = new PhraseTable<true>();
  /** Names that are a team only in a match report («السد», «برشلونة»), to the club; '' when several clubs share one. */
  readonly sportsNames = new PhraseTable<string>();
  /** Speech verbs and participles, every listed form. */
  readonly speechWords = new Map<string, SpeechKind>();
  /** Single-word lists, by key. */
  readonly givenNames = new Set<string>();
  /** Arabic given names: after one of them a word with the article may be the family name. */
  readonly arabicGivenNames = new Set<string>();
  /** Given names that are also common words: they need a title or a verb before them. */
  readonly ambiguousGivenNames = new Set<string>();
  /** Function words ending in ى, by keyKeepingMaqsura (see data/function-words.ts). */
  readonly maqsuraFunctionWords = new Set<string>();
  readonly familyFirstNames = new Set<string>();
  readonly nonNameWords = new Set<string>();
  readonly relativeTitles = new Set<string>();
  readonly orgHeads = new Set<string>();
  /** Plural organisation heads («شركات», «مجالس»): a kind of many bodies, never one's name. */
  readonly orgPluralHeads = new Set<string>();
  readonly placeHeadsAdmin = new Set<string>();
  readonly placeHeadsNameOnly = new Set<string>();
  readonly placeHeadsOpen = new Set<string>();
  /** Open heads whose definite word must look like a proper name («سوق الحميدية», not «سوق الوقود»). */
  readonly placeHeadsOpenProper = new Set<string>();
  readonly placeTailAdjectives = new Set<string>();
  readonly termIntroducers = new Set<string>();
  /** Words that open a club's name before a place («أولمبيك», «مولودية»). */
  readonly clubHeads = new Set<string>();
  /** Adjectives of cities that name clubs («الفاسي», «البيضاوي»). */
  readonly cityNisbas = new Set<string>();
  /** Nouns that name a team before its name («فريق», «نادي»): not part of the name. */
  readonly teamWords = new Set<string>();
  /** Words that make a paragraph a match report («مباراة», «الشوط»). */
  readonly matchWords = new Set<string>();
  /** Words after which a place is a side in a match report («أمام», «لقاء»). */
  readonly sideBefore = new Set<string>();
  /** Heads that describe a body rather than name it («شركة», «صحيفة»): a proper name after them is the name. */
  readonly orgDescriptors = new Set<string>();
  /** Phrases editors said are not entities: matchers skip them. */
  readonly rejected = new Set<string>();
  /** Bumped by every add* method, so derived indexes know when to rebuild. */
  private version = 0;
  private startersAt = '';
  private starters: { person: Set<string>; entity: Set<string> } = { person: new Set(), entity: new Set() };

  /**
   * Words that may open a person mention (titles, honorifics, nationalities, known people,
   * given names) and words that may open a place or organisation (known names, heads): the
   * matchers skip every other word at once. Rebuilt after any change.
   */
  openers(): { person: ReadonlySet<string>; entity: ReadonlySet<string> } {
    const stamp = `${tableGeneration()}:${this.version}:${this.givenNames.size}:${this.familyFirstNames.size}:${this.relativeTitles.size}:${this.orgHeads.size}`;
    if (stamp === this.startersAt) return this.starters;
    const person = new Set<string>([...this.givenNames, ...this.familyFirstNames, ...this.relativeTitles]);
    for (const t of [this.titles, this.honorifics, this.nationalities, this.entities]) for (const w of t.firstWords()) person.add(w);
    const entity = new Set<string>([...this.entities.firstWords(), ...this.nationalBodies.firstWords()]);
    for (const set of [this.orgHeads, this.placeHeadsAdmin, this.placeHeadsNameOnly, this.placeHeadsOpen, this.clubHeads, this.teamWords]) {
      for (const w of set) {
        entity.add(w);
        entity.add('ال' + w);
      }
    }
    this.starters = { person, entity };
    this.startersAt = stamp;
    return this.starters;
  }

  /** Adds an entity under its name and aliases (later additions win over facts). */
  addEntity(fact: EntityFact, aliases: readonly string[] = []): void {
    for (const alias of [fact.name, ...aliases]) {
      this.rejected.delete(phraseKey(alias));
      this.entities.set(alias, fact);
    }
  }

  /** The entity a phrase names, unless editors rejected it. */
  entity(phrase: string): EntityFact | undefined {
    return this.isRejected(phrase) ? undefined : this.entities.get(phrase);
  }

  /** Marks a phrase as not an entity (an editor's correction). */
  reject(phrase: string): void {
    this.rejected.add(phraseKey(phrase));
    this.entities.delete(phrase);
  }

  /** Whether editors rejected this phrase. */
  isRejected(phrase: string): boolean {
    return this.rejected.size > 0 && this.rejected.has(phraseKey(phrase));
  }

  /** Adds a title: «رئيس» is also found as «الرئيس». */
  addTitle(title: string): void {
    const canonical = phraseKey(title);
    this.titles.set(canonical, { title: canonical });
    const words = canonical.split(' ');
    if (words.length === 1 && !canonical.startsWith('ال')) this.titles.set('ال' + canonical, { title: canonical });
    if (words.length === 1 && canonical.startsWith('ال') && canonical.length > 4) {
      this.titles.set(canonical.slice(2), { title: canonical.slice(2) });
    }
  }

  /** Adds a nationality adjective (masculine singular, without the article) for a country. */
  addNationality(adjective: string, country: string): void {
    for (const form of nationalityForms(adjective)) this.nationalities.set(form, country);
  }

  /** Adds a given name (one word). */
  addGivenName(word: string): void {
    this.givenNames.add(keyOf(word));
    this.version++;
  }

  /** Adds a word that never belongs to a name. */
  addNonNameWord(word: string): void {
    this.nonNameWords.add(keyOf(word));
  }

  /** Adds a speech verb or participle form. */
  addSpeechWord(word: string, kind: SpeechKind): void {
    this.speechWords.set(keyOf(word), kind);
  }
}

/** Article, feminine and plural forms of a nationality adjective, word by word: «كوري شمالي». */
export function nationalityForms(adjective: string): string[] {
  const words = phraseKey(adjective).split(' ');
  const suffixes = ['', 'ه', 'ون', 'ين', 'تين'];
  const out: string[] = [];
  for (const article of ['', 'ال']) {
    for (const suffix of suffixes) out.push(words.map((w) => article + w + suffix).join(' '));
  }
  return out;
}
