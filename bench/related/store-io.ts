import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleInputRaw } from '../../src/article/index.js';
import { openMidad } from '../../src/cli/open-midad.js';
import { importSources } from '../../src/newsroom/import/import-sources.js';

/** A fresh temporary directory for one bench run. */
export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `midad-bench-${label}-`));
}

/**
 * Stores articles through Midad's own import path: a JSONL file (the import format) read by the
 * import service into the store at `db`, with every write hook of the composition root on.
 * Returns the seconds it took.
 */
export async function importArticles(db: string, dir: string, articles: Iterable<ArticleInputRaw>): Promise<number> {
  const file = join(dir, 'articles.jsonl');
  writeFileSync(file, [...articles].map((a) => JSON.stringify(a)).join('\n') + '\n');
  const midad = await openMidad(db);
  try {
    const t = Date.now();
    const [result] = await importSources(midad.store, [file], { format: 'jsonl' });
    if (result?.error) throw new Error(result.error.describe());
    return (Date.now() - t) / 1000;
  } finally {
    await midad.store.close();
  }
}
