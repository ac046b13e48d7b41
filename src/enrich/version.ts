/**
 * Version of the rules: stored annotations made by an older version are due for recomputing,
 * as are those of an article whose text changed. A module of its own so that a process can
 * know it without loading the rules (a server that only reads never does).
 *
 * 4: sports names and nicknames in match reports, known surnames after titles, dateline sources.
 * 5: organisation precision: known names end where they end, plural and everyday-noun heads,
 *    ordinals, nationality after a proper name, national teams.
 * 6: an unknown name after a speech verb may end in a family name with the article, when a title
 *    in apposition follows it or «إن» closes a nisba («وأكد مجذوب الشريف مستشار الرئيس»).
 * 7: «سوق» with a definite word is no place («سوق الوقود»): it names places with proper names only.
 */
export const ENRICH_VERSION = 7;
