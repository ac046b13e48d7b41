/** What a write changed for readers: articles whose related list or story block changed, and stories. */
export interface RelatedChanges {
  /** Articles whose stored list changed. */
  readonly lists: Set<number>;
  /** Articles whose page shows a changed story timeline. */
  readonly pages: Set<number>;
  /** Stories created, changed, merged or dissolved. */
  readonly stories: Set<number>;
}

/** No changes yet. */
export function noChanges(): RelatedChanges {
  return { lists: new Set(), pages: new Set(), stories: new Set() };
}

/** Every article whose page must be rendered again. */
export function changedPages(c: RelatedChanges): Set<number> {
  return new Set([...c.lists, ...c.pages]);
}
