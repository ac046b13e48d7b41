import type { Kysely } from 'kysely';
import type { Database } from '../schema/index.js';
import type { AuditRepository } from './types.js';

/** The append-only audit log. */
export function auditRepository(db: Kysely<Database>): AuditRepository {
  return {
    async append(e) {
      await db
        .insertInto('audit_log')
        .values({
          at: e.at,
          user_id: e.userId,
          action: e.action,
          target_type: e.targetType ?? null,
          target_id: e.targetId === undefined || e.targetId === null ? null : String(e.targetId),
          detail: JSON.stringify(e.detail ?? {}),
          ip: e.ip ?? null,
        })
        .execute();
    },
    async list(query) {
      let base = db.selectFrom('audit_log').leftJoin('users', 'users.id', 'audit_log.user_id');
      if (query.userId !== undefined) base = base.where('audit_log.user_id', '=', query.userId);
      if (query.targetType !== undefined) base = base.where('audit_log.target_type', '=', query.targetType);
      if (query.targetId !== undefined) base = base.where('audit_log.target_id', '=', query.targetId);
      const [rows, total] = await Promise.all([
        base
          .selectAll('audit_log')
          .select('users.email as user_email')
          .orderBy('audit_log.id', 'desc')
          .limit(query.limit)
          .offset(query.offset ?? 0)
          .execute(),
        base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return {
        total: Number(total.n),
        items: rows.map((r) => ({
          id: r.id,
          at: r.at,
          userId: r.user_id,
          userEmail: r.user_email ?? null,
          action: r.action,
          targetType: r.target_type,
          targetId: r.target_id,
          detail: JSON.parse(r.detail) as Record<string, unknown>,
          ip: r.ip,
        })),
      };
    },
  };
}
