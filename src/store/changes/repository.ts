import { sql, type Kysely } from 'kysely';
import type pg from 'pg';
import type { DialectInfo } from '../dialect.js';
import type { Database } from '../schema/index.js';

/** The PostgreSQL channel change notifications travel on. */
export const CHANGES_CHANNEL = 'midad_changes';

/** One committed change: its sequence number and the cache tags it touched. */
export interface Change {
  seq: number;
  tags: string[];
}

/** What connects a store's commits to the processes that cache pages of it. */
export interface ChangeSignals {
  /** Called after every commit of this process (set by whoever watches). */
  readonly localCommit: Set<() => void>;
  /** SQLite: true when another connection committed since the last call (PRAGMA data_version). */
  probe?: () => boolean;
  /** PostgreSQL: where to open the listening connection. */
  pgUrl?: string;
}

/**
 * The change log: writes append the cache tags they touched, in their own transaction, and
 * every process catches up from it, so a publish in one process reaches the caches of all.
 */
export interface ChangeLog {
  append(tags: Iterable<string>): Promise<void>;
  since(seq: number, limit?: number): Promise<Change[]>;
  /** The newest sequence number (0 when empty). */
  head(): Promise<number>;
  /** Deletes changes older than an instant; returns how many. */
  prune(before: string): Promise<number>;
  /**
   * Calls `onChange` whenever a change may have been committed: by this process (after its
   * commit), by another (SQLite: checked with `poll()`; PostgreSQL: LISTEN/NOTIFY).
   * Returns a function that stops watching.
   */
  watch(onChange: () => void): Promise<{ poll: () => void; stop: () => Promise<void> }>;
}

/** The change log over a store's database. */
export function changeLog(db: Kysely<Database>, info: DialectInfo, signals: ChangeSignals, clock: () => Date): ChangeLog {
  return {
    async append(tags) {
      const list = [...new Set(tags)];
      if (!list.length) return;
      await db.insertInto('changes').values({ tags: list.join(' '), at: clock().toISOString() }).execute();
      // Delivered to every listener when this transaction commits, never before.
      if (info.name === 'postgres') await sql`SELECT pg_notify(${CHANGES_CHANNEL}, '')`.execute(db);
    },
    async since(seq, limit = 10_000) {
      const rows = await db.selectFrom('changes').select(['seq', 'tags']).where('seq', '>', seq).orderBy('seq').limit(limit).execute();
      return rows.map((r) => ({ seq: Number(r.seq), tags: r.tags.split(' ').filter(Boolean) }));
    },
    async head() {
      const r = await db.selectFrom('changes').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst();
      return Number(r?.seq ?? 0);
    },
    async prune(before) {
      const r = await db.deleteFrom('changes').where('at', '<', before).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    async watch(onChange) {
      signals.localCommit.add(onChange);
      let client: pg.Client | null = null;
      if (info.name === 'postgres' && signals.pgUrl) {
        const { default: driver } = await import('pg');
        client = new driver.Client({ connectionString: signals.pgUrl });
        await client.connect();
        client.on('notification', () => onChange());
        // A dropped listening connection would silently stop invalidation: treat it as "everything may have changed".
        client.on('error', () => onChange());
        await client.query(`LISTEN ${CHANGES_CHANNEL}`);
      }
      return {
        poll: () => {
          if (signals.probe?.()) onChange();
        },
        stop: async () => {
          signals.localCommit.delete(onChange);
          await client?.end().catch(() => {});
        },
      };
    },
  };
}
