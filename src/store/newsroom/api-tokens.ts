import type { Kysely } from 'kysely';
import type { ApiTokenRow, Database } from '../schema/index.js';
import type { ApiToken, ApiTokenRepository } from './types.js';

type Db = Kysely<Database>;

const COLUMNS = ['id', 'user_id', 'name', 'prefix', 'created_at', 'last_used_at', 'revoked_at'] as const;

function toToken(row: Pick<ApiTokenRow, (typeof COLUMNS)[number]>): ApiToken {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/** Per-user API tokens, found by the hash of the token. */
export function apiTokenRepository(db: Db): ApiTokenRepository {
  return {
    async create(t) {
      const row = await db
        .insertInto('api_tokens')
        .values({ user_id: t.userId, name: t.name, token_hash: t.tokenHash, prefix: t.prefix, created_at: t.createdAt, last_used_at: null, revoked_at: null })
        .returning(COLUMNS)
        .executeTakeFirstOrThrow();
      return toToken(row);
    },
    async byHash(tokenHash) {
      const row = await db.selectFrom('api_tokens').select(COLUMNS).where('token_hash', '=', tokenHash).executeTakeFirst();
      return row ? toToken(row) : null;
    },
    async listForUser(userId) {
      const rows = await db.selectFrom('api_tokens').select(COLUMNS).where('user_id', '=', userId).orderBy('id', 'desc').execute();
      return rows.map(toToken);
    },
    async get(id) {
      const row = await db.selectFrom('api_tokens').select(COLUMNS).where('id', '=', id).executeTakeFirst();
      return row ? toToken(row) : null;
    },
    async revoke(id, at) {
      const r = await db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async touch(id, at) {
      await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
    },
  };
}
