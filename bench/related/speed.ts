import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleInput } from '../../src/article/index.js';
import { createAnalyzer } from '../../src/arabic/analyzer.js';
import { openMidad } from '../../src/cli/open-midad.js';
import { importSources } from '../../src/newsroom/import/import-sources.js';
import { createRelatedHook } from '../../src/related/hook.js';
import { rebuildRelated } from '../../src/related/rebuild/rebuild.js';
import { createIndexer } from '../../src/search/indexer.js';
import { openStore, type ArticleWriteHook } from '../../src/store/index.js';
import { composeArticles } from './generate.js';
import { tempDir } from './store-io.js';
import { percentiles, since } from './timing.js';

/** What the speed bench measured on one store. */
export interface SpeedReport {
  store: string;
  articles: number;
  importSeconds: number;
  rebuildSeconds: number;
  /** The related hook alone, per newly published article (ms). */
  hook: ReturnType<typeof percentiles>;
  /** The whole publish through the composition root (search index, enrichment, related, cache log) (ms). */
  publish: ReturnType<typeof percentiles>;
}

/** Articles per imported file (each file is one transaction). */
const FILE_SIZE = 5000;

/**
 * Speed at scale: `count` articles composed from the ANT corpus are imported (search index
 * only, file by file), `midad related --rebuild` computes every list, then `publish` new
 * articles are published one by one: once with the related hook timed alone, once through the
 * whole composition root.
 */
export async function speedBench(db: string, count: number, publish: number, log: (l: string) => void): Promise<SpeedReport> {
  const dir = tempDir('speed');
  const analyzer = createAnalyzer();
  const base = await openStore(db, { indexer: createIndexer(() => analyzer) });
  let t = process.hrtime.bigint();
  const all = composeArticles(count + 2 * publish, 11);
  const batch: string[] = [];
  let done = 0;
  const flush = async () => {
    const file = join(dir, `part-${done}.jsonl`);
    writeFileSync(file, batch.join('\n') + '\n');
    const [r] = await importSources(base, [file], { format: 'jsonl' });
    if (r?.error) throw new Error(r.error.describe());
    done += batch.length;
    batch.length = 0;
    log(`  imported ${done}/${count}`);
  };
  const fresh: ReturnType<typeof parseArticleInput>[] = [];
  for (const a of all) {
    if (done + batch.length < count) {
      batch.push(JSON.stringify(a));
      if (batch.length === FILE_SIZE) await flush();
    } else fresh.push(parseArticleInput({ ...a, id: `new-${fresh.length}` }));
  }
  if (batch.length) await flush();
  await base.close();
  const importSeconds = since(t) / 1000;

  const midad = await openMidad(db);
  t = process.hrtime.bigint();
  await rebuildRelated(midad.store, midad.related);
  const rebuildSeconds = since(t) / 1000;
  log(`  rebuilt in ${rebuildSeconds.toFixed(1)} s`);

  // The related hook alone, inside each publish's transaction (the search index runs before it, as in the composition root).
  const hookMs: number[] = [];
  const inner = createRelatedHook(midad.related);
  const timed: ArticleWriteHook = async (store, change) => {
    const s = process.hrtime.bigint();
    await inner(store, change);
    hookMs.push(since(s));
  };
  await midad.store.close();
  const alone = await openStore(db, { indexer: createIndexer(() => analyzer), hooks: [timed] });
  for (const a of fresh.slice(0, publish)) await alone.articles.create(a);
  await alone.close();

  const whole = await openMidad(db);
  const publishMs: number[] = [];
  for (const a of fresh.slice(publish)) {
    const s = process.hrtime.bigint();
    await whole.store.articles.create(a);
    publishMs.push(since(s));
  }
  await whole.store.close();
  return { store: db.startsWith('postgres') ? 'postgres' : 'sqlite', articles: count, importSeconds, rebuildSeconds, hook: percentiles(hookMs), publish: percentiles(publishMs) };
}
