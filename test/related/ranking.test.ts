import { describe, expect, it } from 'vitest';
import { isNearDuplicate } from '../../src/related/duplicates.js';
import { recency, scorePair } from '../../src/related/score.js';
import { selectPicks } from '../../src/related/select.js';
import { DEFAULT_RELATED_SETTINGS as S } from '../../src/related/settings.js';
import { profilesOf, rankedFor } from './profiles.js';
import { FINAL, FLOOD, LIBRARY } from './texts.js';

const DAY = 86_400_000;
const ids = (xs: ReadonlyArray<{ profile: { id: number } }>) => xs.map((x) => x.profile.id);

describe('ranking', () => {
  // ids: 1-4 flood, 5-7 final, 8-9 library
  const docs = [...FLOOD, ...FINAL, ...LIBRARY];

  it('ranks articles about the same event above the rest', () => {
    const all = profilesOf(docs);
    const { ranked } = rankedFor(all[0]!, all);
    expect(ids(ranked.slice(0, 3)).sort()).toEqual([2, 3, 4]);
    const { ranked: sports } = rankedFor(all[4]!, all);
    expect(ids(sports.slice(0, 2)).sort()).toEqual([6, 7]);
  });

  it('leaves an unrelated article out of the list rather than show an off-topic card', () => {
    const all = profilesOf(docs);
    const { self, ranked } = rankedFor(all[7]!, all);
    const { picks } = selectPicks(self, ranked, { limit: 10, settings: S });
    expect(ids(picks)).toContain(9);
    expect(ids(picks).filter((id) => id <= 7)).toEqual([]);
  });

  it('never lists an exact copy of the article, and says why', () => {
    const all = profilesOf([...docs, FLOOD[0]!]); // 10 is a copy of 1
    const { self, ranked } = rankedFor(all[0]!, all);
    expect(ids(ranked)[0]).toBe(10);
    const sel = selectPicks(self, ranked, { limit: 10, settings: S });
    expect(ids(sel.picks)).not.toContain(10);
    expect(sel.skipped).toContainEqual({ id: 10, reason: 'duplicate', like: 1 });
  });

  it('treats a minimal edit as a near duplicate, but not another article of the same story', () => {
    const edited = { headline: FLOOD[0]!.headline.replace('جارفة', 'غزيرة'), body: FLOOD[0]!.body.replace('عشرات', 'مئات') };
    const all = profilesOf([...docs, edited]);
    expect(isNearDuplicate(all[0]!, all[9]!, S)).toBe(true);
    expect(isNearDuplicate(all[0]!, all[1]!, S)).toBe(false);
  });

  it('shows two picks about the same thing once (diversity)', () => {
    // 10 and 11 are the same report run twice under one headline; the second must not follow the first.
    const twin = { headline: FLOOD[1]!.headline, body: FLOOD[1]!.body + ' وتستمر عمليات الإجلاء.' };
    const all = profilesOf([...docs, FLOOD[1]!, twin]);
    const { self, ranked } = rankedFor(all[0]!, all);
    const sel = selectPicks(self, ranked, { limit: 10, settings: S });
    const shown = ids(sel.picks).filter((id) => id === 2 || id === 10 || id === 11);
    expect(shown).toHaveLength(1);
    expect(sel.skipped.filter((x) => x.reason === 'same-thing').map((x) => x.id).length).toBe(2);
  });

  it('honours exclusions and leaves pins to be shown first by the reader', () => {
    const all = profilesOf(docs);
    const { self, ranked } = rankedFor(all[0]!, all);
    const sel = selectPicks(self, ranked, { limit: 10, settings: S, pinned: [all[2]!], excluded: new Set([2]) });
    expect(ids(sel.picks)).not.toContain(2);
    expect(ids(sel.picks)).not.toContain(3);
    expect(sel.skipped).toEqual(expect.arrayContaining([{ id: 2, reason: 'excluded' }, { id: 3, reason: 'pinned' }]));
    expect(ids(sel.picks)).toContain(4);
  });

  it('keeps the list to its limit', () => {
    const all = profilesOf(docs);
    const { self, ranked } = rankedFor(all[0]!, all);
    expect(selectPicks(self, ranked, { limit: 1, settings: S }).picks).toHaveLength(1);
  });
});

describe('recency decay', () => {
  const t0 = Date.UTC(2026, 10, 1);

  it('is 1 at the same moment and halves the decaying share at the half-life', () => {
    expect(recency(t0, t0, S)).toBe(1);
    expect(recency(t0, t0 + S.halfLifeDays * DAY, S)).toBeCloseTo(S.recencyFloor + (1 - S.recencyFloor) / 2, 10);
    expect(recency(t0 + 3 * DAY, t0, S)).toBe(recency(t0, t0 + 3 * DAY, S));
  });

  it('never falls under the floor, and is tunable by the editor', () => {
    expect(recency(t0, t0 + 10_000 * DAY, S)).toBeCloseTo(S.recencyFloor, 6);
    const fast = { halfLifeDays: 2, recencyFloor: 0 };
    expect(recency(t0, t0 + 4 * DAY, fast)).toBeCloseTo(0.25, 10);
    expect(recency(null, t0, S)).toBe(1);
  });

  it('ranks the same article lower the further it lies in time', () => {
    const near = profilesOf([FLOOD[0]!, { ...FLOOD[1]!, publishedAt: '2026-11-02T09:00:00.000Z' }]);
    const far = profilesOf([FLOOD[0]!, { ...FLOOD[1]!, publishedAt: '2027-06-01T09:00:00.000Z' }]);
    const a = scorePair(near[0]!, near[1]!, S);
    const b = scorePair(far[0]!, far[1]!, S);
    expect(b.similarity).toBeCloseTo(a.similarity, 6);
    expect(b.score).toBeLessThan(a.score * 0.6);
  });

  it('lets a fresh related article overtake an older, slightly closer one', () => {
    const all = profilesOf([
      { ...FLOOD[0]!, publishedAt: '2026-11-01T09:00:00.000Z' },
      { ...FLOOD[2]!, publishedAt: '2025-01-01T09:00:00.000Z' },
      { ...FLOOD[2]!, headline: FLOOD[2]!.headline + ' اليوم', publishedAt: '2026-11-02T09:00:00.000Z' },
    ]);
    expect(rankedFor(all[0]!, all).ranked[0]!.profile.id).toBe(3);
  });
});

describe('score parts', () => {
  it('are symmetric, add up, and give the section and tag bonuses', () => {
    const all = profilesOf([
      { ...FLOOD[0]!, section: 1, tags: ['وادي الريحان'] },
      { ...FLOOD[1]!, section: 1, tags: ['وادي الريحان'] },
      { ...FLOOD[1]!, section: 2, tags: [] },
    ]);
    const ab = scorePair(all[0]!, all[1]!, S);
    expect(scorePair(all[1]!, all[0]!, S)).toEqual(ab);
    expect(ab.section).toBe(S.sectionWeight);
    expect(ab.tags).toBeGreaterThan(0);
    expect(ab.affinity).toBeCloseTo(ab.text + ab.entities + ab.section + ab.tags, 10);
    expect(ab.score).toBeCloseTo(ab.similarity * ab.recency, 10);
    const ac = scorePair(all[0]!, all[2]!, S);
    expect(ac.section).toBe(0);
    expect(ac.tags).toBe(0);
    expect(ab.score).toBeGreaterThan(ac.score);
  });
});
