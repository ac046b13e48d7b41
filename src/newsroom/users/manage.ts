import { MidadError } from '../../article/index.js';
import type { User } from '../../store/newsroom/index.js';
import { recordAudit } from '../audit/record.js';
import { nowIso, type NewsroomContext } from '../context.js';
import { can, type Actor } from '../permissions.js';
import type { Role } from '../roles.js';

/** Refuses unless the actor may manage accounts. */
function requireAdmin(actor: Actor): void {
  if (!can(actor, 'user.manage')) throw new MidadError('ERR_FORBIDDEN');
}

/**
 * Changes an account's role or switches it on or off. Any change ends the account's sessions,
 * so lost rights take effect at once. An admin cannot demote or disable themself, so a
 * newsroom never locks itself out of its own administration by accident.
 */
export async function updateUser(
  ctx: NewsroomContext,
  actor: Actor,
  userId: number,
  change: { role?: Role; active?: boolean },
  ip: string | null = null,
): Promise<User> {
  requireAdmin(actor);
  return ctx.store.transaction(async (tx) => {
    const user = await tx.newsroom.users.get(userId);
    if (!user) throw new MidadError('ERR_USER_NOT_FOUND');
    if (user.id === actor.id && ((change.role && change.role !== 'admin') || change.active === false)) {
      throw new MidadError('ERR_FORBIDDEN', 'لا يمكنك سحب صلاحيات الإدارة من حسابك أو تعطيله');
    }
    await tx.newsroom.users.update(userId, change, nowIso(ctx));
    await tx.newsroom.sessions.deleteForUser(userId);
    await recordAudit(tx, {
      at: nowIso(ctx),
      userId: actor.id,
      action: 'user.update',
      targetType: 'user',
      targetId: userId,
      detail: { ...(change.role ? { role: change.role, was: user.role } : {}), ...(change.active !== undefined ? { active: change.active } : {}) },
      ip,
    });
    return (await tx.newsroom.users.get(userId))!;
  });
}
