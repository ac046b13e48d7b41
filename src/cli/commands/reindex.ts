import { parseArgs } from 'node:util';
import { DEFAULT_DB } from '../../store/index.js';
import { openMidad } from '../open-midad.js';
import { progressBar } from '../progress.js';

/** `midad reindex`: rebuilds the search index from the articles, in batches, while the site may keep serving. */
export async function reindex(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' } }, strict: true });
  const midad = await openMidad(values.db ?? process.env.MIDAD_DB ?? DEFAULT_DB);
  try {
    const bar = progressBar('reindex');
    const { articles, lexicon } = await midad.reindex((done, total) => bar.update(done, total));
    bar.done(`reindexed ${articles} articles with a stem lexicon of ${lexicon} words`);
    return 0;
  } finally {
    await midad.store.close();
  }
}
