import { parseArticleInput, type ArticleInputRaw } from '../../src/article/index.js';
import { createAnalyzer } from '../../src/arabic/analyzer.js';
import { createRelatedHook } from '../../src/related/hook.js';
import { decodePicks } from '../../src/related/picks.js';
import { saveSettings } from '../../src/related/settings-store.js';
import type { Store } from '../../src/store/index.js';
import type { TestStore } from '../support/stores.js';

const analyzer = createAnalyzer();

/** What the engine runs with in tests: one analyzer, a fixed clock. */
export const engineDeps = { analyzer: () => analyzer, now: () => new Date('2026-11-29T12:00:00Z') };

/** The related write hook as the composition root wires it (without the cache log). */
export const relatedHook = () => createRelatedHook(engineDeps);

/** Opens a test store with the related hook in its write path, with some settings changed. */
export async function openWithEngine(open: (o: object) => Promise<TestStore>, settings: Record<string, number> = {}): Promise<TestStore> {
  const t = await open({ hooks: [relatedHook()] });
  if (Object.keys(settings).length) await saveSettings(t.store, settings);
  return t;
}

/** Publishes an article, returning its id. */
export async function publish(store: Store, raw: ArticleInputRaw): Promise<number> {
  return (await store.articles.create(parseArticleInput(raw))).id;
}

/** An article's stored list (ids, best first). */
export async function storedList(store: Store, id: number): Promise<number[]> {
  return decodePicks((await store.related.lists.picks([id])).get(id)).map((p) => p.id);
}

/** Each article's story id (absent when none). */
export async function storyIds(store: Store, ids: readonly number[]): Promise<Array<number | undefined>> {
  const m = await store.related.stories.membership(ids);
  return ids.map((id) => m.get(id));
}
