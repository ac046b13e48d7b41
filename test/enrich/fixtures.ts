/** Loads the fictional fixture articles of test/fixtures/enrich with their gold. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleText } from '../../src/enrich/index.js';
import type { Gold } from '../../bench/enrich/score-quotes.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'enrich');

/** One fixture: an original article and its gold annotations. */
export interface Fixture {
  name: string;
  article: ArticleText;
  gold: Gold;
}

/** Every fixture, by file name. */
export function fixtures(): Fixture[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f, ...(JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Omit<Fixture, 'name'>) }));
}
