import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { KyselyStore } from '../../src/store/kysely-store.js';
import { buildArticle } from '../support/factories.js';
import { STORES, type TestStore } from '../support/stores.js';

for (const { name, open } of STORES) {
  describe(`planner statistics after bulk writes (${name})`, () => {
    let t: TestStore;
    afterEach(async () => {
      await t?.dispose();
    });

    it('refreshes them on request', async () => {
      t = await open();
      await t.store.articles.create(buildArticle({}));
      await t.store.refreshStatistics();
      if (t.store.dialect !== 'postgres') return;
      const db = (t.store as KyselyStore).db;
      const { rows } = await sql<{ last_analyze: Date | null; last_vacuum: Date | null }>`
        SELECT last_analyze, last_vacuum FROM pg_stat_user_tables WHERE schemaname = current_schema() AND relname = 'related_postings'`.execute(db);
      expect(rows[0]?.last_analyze).toBeInstanceOf(Date);
      expect(rows[0]?.last_vacuum).toBeInstanceOf(Date);
    });

    it('gathers statistics inside a transaction, where VACUUM cannot run', async () => {
      t = await open();
      await t.store.transaction(async (tx) => {
        await tx.articles.create(buildArticle({}));
        await tx.refreshStatistics();
      });
      expect(await t.store.articles.count()).toBe(1);
    });
  });
}
