import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticleInput } from '../article/index.js';
import { parseJsonl } from '../ingest/jsonl/parse.js';
import type { Store } from '../store/index.js';

/** The demo newsroom's articles, shipped with Midad (original fictional stories). */
export const DEMO_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'demo', 'articles.jsonl');

/** Set once the demo content has been loaded, so a second start loads nothing twice. */
const DEMO_MARK = 'demo.loaded';

/**
 * Loads the demo content into a store that has never had it and holds no articles,
 * in one transaction. Returns how many articles it stored (0 when it did nothing).
 */
export async function loadDemoContent(store: Store, file = DEMO_FILE): Promise<number> {
  if ((await store.meta.get(DEMO_MARK)) !== null || (await store.articles.count()) > 0) return 0;
  const parsed = parseJsonl(readFileSync(file, 'utf8'), { file });
  // Pins name other demo articles; store every article first, then the ones that pin.
  const ordered = [...parsed.articles.filter((a) => !a.pins?.length), ...parsed.articles.filter((a) => a.pins?.length)];
  return store.transaction(async (tx) => {
    for (const raw of ordered) {
      const input = parseArticleInput(raw);
      await tx.articles.create(input, { source: { sourceKey: `demo:${input.id}`, contentHash: 'demo' } });
    }
    await tx.meta.set(DEMO_MARK, new Date().toISOString());
    return ordered.length;
  });
}
