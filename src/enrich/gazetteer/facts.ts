/**
 * Builds a gazetteer from the facts in ../data: countries, their nationality adjectives,
 * capitals and cities, regions, organisations, well-known people, titles and word lists.
 */
import { COUNTRIES, REGIONS } from '../data/countries.js';
import { AMBIGUOUS_GIVEN_NAMES, ARABIC_GIVEN_NAMES, FAMILY_FIRST_NAMES, FOREIGN_GIVEN_NAMES } from '../data/given-names.js';
import { COMMON_WORDS, FUNCTION_WORDS, MAQSURA_FUNCTION_WORDS } from '../data/function-words.js';
import { NEWS_NOUNS, NEWS_VERBS } from '../data/news-words.js';
import { CITY_NISBAS, CLUB_HEADS, MATCH_WORDS, SIDE_BEFORE, SPORTS_CLUBS, TEAM_WORDS } from '../data/clubs.js';
import { NATIONAL_BODY_HEADS, ORG_DESCRIPTORS, ORG_HEADS, ORG_PLURAL_HEADS, ORGANIZATIONS } from '../data/organizations.js';
import { MORE_PEOPLE } from '../data/more-people.js';
import { SPORTS_NAMES } from '../data/sports-names.js';
import { PEOPLE } from '../data/people.js';
import { PLACE_HEADS_ADMIN, PLACE_HEADS_NAME_ONLY, PLACE_HEADS_OPEN, PLACE_HEADS_OPEN_PROPER, PLACE_TAIL_ADJECTIVES } from '../data/place-heads.js';
import {
  ATTRIBUTION_FILLERS,
  ATTRIBUTION_PHRASES,
  SPEECH_VERBS,
  TERM_INTRODUCERS,
} from '../data/speech-verbs.js';
import { GROUP_SPEAKERS } from '../data/group-speakers.js';
import { HONORIFICS, RELATIVE_TITLES } from '../data/honorifics.js';
import { TITLES } from '../data/titles.js';
import { DEFINITE_GIVEN_NAMES, MORE_ARABIC_GIVEN_NAMES, MORE_FOREIGN_GIVEN_NAMES } from '../data/world-given-names.js';
import { keyKeepingMaqsura, keyOf } from '../text/key.js';
import { Gazetteer } from './gazetteer.js';

/** Non-empty trimmed lines of a data block. */
export function lines(block: string): string[] {
  return block
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Whitespace-separated words of a data block. */
export function words(block: string): string[] {
  return block.split(/\s+/).filter(Boolean);
}

function list(field: string | undefined): string[] {
  return (field ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function loadCountries(g: Gazetteer): void {
  for (const line of lines(COUNTRIES)) {
    const [name = '', aliases, adjectives, capital, cities] = line.split('|');
    g.addEntity({ name, kind: 'place', country: name }, list(aliases));
    for (const adj of list(adjectives)) g.addNationality(adj, name);
    for (const city of [...list(capital), ...list(cities)]) {
      // A city named like its country («الكويت») stays the country's entry.
      if (!g.entities.has(city)) g.addEntity({ name: city, kind: 'place', country: name });
    }
  }
  for (const line of lines(REGIONS)) {
    const [name = '', aliases] = line.split('|');
    g.addEntity({ name, kind: 'place' }, list(aliases));
  }
}

function loadOrganizations(g: Gazetteer): void {
  for (const line of [...lines(ORGANIZATIONS), ...lines(SPORTS_CLUBS)]) {
    const [name = '', aliases] = line.split('|');
    g.addEntity({ name, kind: 'organization' }, list(aliases));
  }
  for (const line of lines(SPORTS_NAMES)) {
    const [club = '', names] = line.split('|');
    // A short name two clubs share («الوحدة», «النصر») keeps the words as written.
    for (const n of list(names)) g.sportsNames.set(n, g.sportsNames.has(n) && g.sportsNames.get(n) !== club ? '' : club);
  }
  for (const w of words(CLUB_HEADS)) g.clubHeads.add(keyOf(w));
  for (const w of words(CITY_NISBAS)) g.cityNisbas.add(keyOf(w));
  for (const w of words(TEAM_WORDS)) g.teamWords.add(keyOf(w));
  for (const w of words(ORG_DESCRIPTORS)) g.orgDescriptors.add(keyOf(w));
  for (const w of words(MATCH_WORDS)) g.matchWords.add(keyOf(w));
  for (const w of words(SIDE_BEFORE)) g.sideBefore.add(keyOf(w));
  for (const w of words(ORG_HEADS)) g.orgHeads.add(keyOf(w));
  for (const w of words(ORG_PLURAL_HEADS)) g.orgPluralHeads.add(keyOf(w));
  for (const l of lines(NATIONAL_BODY_HEADS)) g.nationalBodies.set(l, true);
  for (const w of words(PLACE_HEADS_ADMIN)) g.placeHeadsAdmin.add(keyOf(w));
  for (const w of words(PLACE_HEADS_NAME_ONLY)) g.placeHeadsNameOnly.add(keyOf(w));
  for (const w of words(PLACE_HEADS_OPEN)) g.placeHeadsOpen.add(keyOf(w));
  for (const w of words(PLACE_HEADS_OPEN_PROPER)) g.placeHeadsOpenProper.add(keyOf(w));
  for (const w of words(PLACE_TAIL_ADJECTIVES)) g.placeTailAdjectives.add(keyOf(w));
}

function loadPeople(g: Gazetteer): void {
  for (const line of [...lines(PEOPLE), ...lines(MORE_PEOPLE)]) {
    const [name = '', aliases, role, country] = line.split('|');
    const fact = { name, kind: 'person' as const, role: role || null, country: country || null };
    for (const alias of [name, ...list(aliases)]) if (!g.entities.has(alias)) g.entities.set(alias, fact);
  }
  for (const w of words(ARABIC_GIVEN_NAMES)) {
    g.addGivenName(w);
    g.arabicGivenNames.add(keyOf(w));
  }
  for (const w of words(FOREIGN_GIVEN_NAMES)) g.addGivenName(w);
  for (const w of words(FAMILY_FIRST_NAMES)) g.familyFirstNames.add(keyOf(w));
  for (const w of words(AMBIGUOUS_GIVEN_NAMES)) g.ambiguousGivenNames.add(keyOf(w));
  for (const l of lines(TITLES)) g.addTitle(l);
  for (const l of lines(HONORIFICS)) g.honorifics.set(l, true);
  for (const w of words(RELATIVE_TITLES)) g.relativeTitles.add(keyOf(w));
  for (const l of lines(GROUP_SPEAKERS)) g.groupSpeakers.set(l, true);
}

function loadSpeech(g: Gazetteer): void {
  for (const line of lines(SPEECH_VERBS)) {
    const [past, present, participles] = line.split(';');
    for (const w of [...words(past ?? ''), ...words(present ?? '')]) g.addSpeechWord(w, 'verb');
    for (const w of words(participles ?? '')) g.addSpeechWord(w, 'participle');
  }
  for (const l of lines(ATTRIBUTION_PHRASES)) g.attributions.set(l, true);
  for (const l of lines(ATTRIBUTION_FILLERS)) g.attributionFillers.set(l, true);
  for (const w of words(TERM_INTRODUCERS)) g.termIntroducers.add(keyOf(w));
  for (const w of [...words(FUNCTION_WORDS), ...words(COMMON_WORDS), ...words(NEWS_VERBS), ...words(NEWS_NOUNS)]) g.addNonNameWord(w);
  for (const w of words(MAQSURA_FUNCTION_WORDS)) g.maqsuraFunctionWords.add(keyKeepingMaqsura(w));
  // Loaded after the function and news words: a listed name that is also one of them stays out,
  // since a given name wins over a non-name reading everywhere.
  for (const w of words(MORE_ARABIC_GIVEN_NAMES)) {
    if (g.nonNameWords.has(keyOf(w)) || g.givenNames.has(keyOf(w))) continue;
    g.addGivenName(w);
    g.arabicGivenNames.add(keyOf(w));
  }
  for (const w of words(MORE_FOREIGN_GIVEN_NAMES)) if (!g.nonNameWords.has(keyOf(w))) g.addGivenName(w);
  for (const w of words(DEFINITE_GIVEN_NAMES)) {
    g.addGivenName(w);
    g.arabicGivenNames.add(keyOf(w));
    g.ambiguousGivenNames.add(keyOf(w));
  }
}

/** A new gazetteer holding Midad's written facts, ready to be extended. */
export function createGazetteer(): Gazetteer {
  const g = new Gazetteer();
  loadCountries(g);
  loadOrganizations(g);
  // People last: a person's alias never hides a place of the same spelling.
  loadPeople(g);
  loadSpeech(g);
  return g;
}

let shared: Gazetteer | undefined;

/** The facts-only gazetteer, built once on first use and shared by calls without their own. */
export function defaultGazetteer(): Gazetteer {
  shared ??= createGazetteer();
  return shared;
}
