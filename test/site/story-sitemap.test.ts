import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyPath } from '../../src/site/views/story-urls.js';
import { openWithEngine, publish, storyIds } from '../related/engine.js';
import { FLOOD, newsInput } from '../related/texts.js';
import { buildTestApp } from '../support/site.js';
import { openTestSqlite, type TestStore } from '../support/stores.js';

describe('the pages sitemap lists live stories', () => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openWithEngine(openTestSqlite);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('gives each live story its page with its last change, and leaves merged stories out', async () => {
    const ids: number[] = [];
    for (const [i, x] of FLOOD.slice(0, 3).entries()) ids.push(await publish(t.store, newsInput(x, i)));
    const storyId = (await storyIds(t.store, ids))[0]!;
    expect(storyId).toBeDefined();
    const story = (await t.store.related.stories.get(storyId))!;
    const old = await t.store.related.stories.create({ slug: 'old', title: 'قديمة', at: '2026-11-01T00:00:00Z' });
    await t.store.related.stories.retire(old, storyId, '2026-11-02T00:00:00Z');
    const app = await buildTestApp(t.store);
    try {
      const xml = (await app.inject('/sitemaps/pages.xml')).body;
      expect(xml.replace(/\s+</g, '<')).toContain(`${storyPath(story)}</loc><lastmod>${story.updatedAt}</lastmod>`);
      expect(xml).not.toContain(`/story/${old}-`);
    } finally {
      await app.close();
    }
  });
});
