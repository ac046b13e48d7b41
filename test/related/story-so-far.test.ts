import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../src/article/index.js';
import type { StoryView } from '../../src/related/story-read.js';
import { SO_FAR_ENTRIES, soFarEntries } from '../../src/site/views/story-so-far.js';

const story = (n: number): StoryView => ({
  id: 1,
  slug: 's',
  title: 't',
  updatedAt: '2026-11-01T00:00:00Z',
  entries: Array.from({ length: n }, (_, i) => ({ id: i + 1 }) as ArticleSummary),
});
const ids = (xs: readonly ArticleSummary[]) => xs.map((a) => a.id);

describe('the story so far', () => {
  it('shows a short story whole', () => {
    expect(ids(soFarEntries(story(3), 2))).toEqual([1, 2, 3]);
    expect(ids(soFarEntries(story(SO_FAR_ENTRIES), 2))).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows what led up to the article, and the newest development', () => {
    expect(ids(soFarEntries(story(12), 6))).toEqual([3, 4, 5, 6, 12]);
    expect(soFarEntries(story(12), 6)).toHaveLength(SO_FAR_ENTRIES);
  });

  it('shows the latest entries on the newest article, and on an article it cannot find', () => {
    expect(ids(soFarEntries(story(9), 9))).toEqual([5, 6, 7, 8, 9]);
    expect(ids(soFarEntries(story(9), 99))).toEqual([5, 6, 7, 8, 9]);
  });
});
