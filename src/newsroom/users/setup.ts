import { MidadError } from '../../article/index.js';
import type { User } from '../../store/newsroom/index.js';
import { recordAudit } from '../audit/record.js';
import { nowIso, type NewsroomContext } from '../context.js';
import { hashToken } from '../crypto/tokens.js';
import { checkPasswordRules, hashPassword } from './passwords.js';

/** The account a setup link is for, if the link still works (it is not used up by looking). */
export async function setupLinkUser(ctx: NewsroomContext, token: string): Promise<User | null> {
  const userId = await ctx.store.newsroom.users.peekSetupToken(hashToken(token), nowIso(ctx));
  if (userId === null) return null;
  const user = await ctx.store.newsroom.users.get(userId);
  return user?.active ? user : null;
}

/**
 * Follows a setup link: checks the password rules, uses the link up (once), stores the
 * argon2id hash, and ends every existing session of the account (a reset locks out whoever
 * knew the old password).
 */
export async function completeSetup(
  ctx: NewsroomContext,
  token: string,
  input: { password: string; name?: string | null },
  ip: string | null = null,
): Promise<User> {
  checkPasswordRules(input.password);
  // Hash before the transaction: argon2 takes tens of milliseconds and must not hold a lock.
  const hash = await hashPassword(input.password);
  const name = input.name?.trim().slice(0, 120) || null;
  return ctx.store.transaction(async (tx) => {
    const userId = await tx.newsroom.users.consumeSetupToken(hashToken(token), nowIso(ctx));
    const user = userId === null ? null : await tx.newsroom.users.get(userId);
    if (!user || !user.active) throw new MidadError('ERR_SETUP_LINK_INVALID');
    await tx.newsroom.users.setPassword(user.id, hash, name, nowIso(ctx));
    await tx.newsroom.sessions.deleteForUser(user.id);
    await recordAudit(tx, { at: nowIso(ctx), userId: user.id, action: 'user.setup', targetType: 'user', targetId: user.id, ip });
    return (await tx.newsroom.users.get(user.id))!;
  });
}
