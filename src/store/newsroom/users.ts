import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../schema/index.js';
import type { User, UserRepository, UserRole } from './types.js';

type Db = Kysely<Database>;

const USER_COLUMNS = ['id', 'email', 'name', 'role', 'active', 'password_hash', 'created_at', 'updated_at'] as const;

/** A user from its row; the password hash stays behind. */
function toUser(row: Pick<UserRow, (typeof USER_COLUMNS)[number]>): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as UserRole,
    active: row.active === 1,
    hasPassword: row.password_hash !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Accounts and their one-time setup links. */
export function userRepository(db: Db): UserRepository {
  const one = async (q: Promise<Pick<UserRow, (typeof USER_COLUMNS)[number]> | undefined>) => {
    const row = await q;
    return row ? toUser(row) : null;
  };
  return {
    async create(user, now) {
      const row = await db
        .insertInto('users')
        .values({ email: user.email, name: user.name, role: user.role, password_hash: null, active: 1, created_at: now, updated_at: now })
        .returning(USER_COLUMNS)
        .executeTakeFirstOrThrow();
      return toUser(row);
    },
    get: (id) => one(db.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst()),
    byEmail: (email) => one(db.selectFrom('users').select(USER_COLUMNS).where('email', '=', email).executeTakeFirst()),
    async passwordHash(id) {
      const row = await db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirst();
      return row?.password_hash ?? null;
    },
    async list() {
      return (await db.selectFrom('users').select(USER_COLUMNS).orderBy('email').execute()).map(toUser);
    },
    async count() {
      const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async setPassword(id, hash, name, now) {
      await db
        .updateTable('users')
        .set({ password_hash: hash, updated_at: now, ...(name ? { name } : {}) })
        .where('id', '=', id)
        .execute();
    },
    async update(id, fields, now) {
      await db
        .updateTable('users')
        .set({
          updated_at: now,
          ...(fields.role ? { role: fields.role } : {}),
          ...(fields.active !== undefined ? { active: fields.active ? 1 : 0 } : {}),
        })
        .where('id', '=', id)
        .execute();
    },
    async addSetupToken(userId, tokenHash, expiresAt, now) {
      // A new link replaces any earlier unused one: only the latest link works.
      await db.deleteFrom('user_setup_tokens').where('user_id', '=', userId).where('used_at', 'is', null).execute();
      await db.insertInto('user_setup_tokens').values({ token_hash: tokenHash, user_id: userId, expires_at: expiresAt, used_at: null, created_at: now }).execute();
    },
    async consumeSetupToken(tokenHash, now) {
      const row = await db.selectFrom('user_setup_tokens').select('user_id').where('token_hash', '=', tokenHash).executeTakeFirst();
      if (!row) return null;
      // Conditional: of two simultaneous uses, only one updates the row.
      const r = await db
        .updateTable('user_setup_tokens')
        .set({ used_at: now })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1 ? row.user_id : null;
    },
    async peekSetupToken(tokenHash, now) {
      const row = await db
        .selectFrom('user_setup_tokens')
        .select('user_id')
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return row?.user_id ?? null;
    },
  };
}
