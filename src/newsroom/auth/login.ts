import { MidadError } from '../../article/index.js';
import type { Session, User } from '../../store/newsroom/index.js';
import { recordAudit } from '../audit/record.js';
import { nowIso, type NewsroomContext } from '../context.js';
import { hashToken } from '../crypto/tokens.js';
import { startSession, type ClientInfo } from '../sessions/sessions.js';
import { verifyNothing, verifyPassword } from '../users/passwords.js';
import { lockedUntil, minutesUntil, windowStart } from './lockout.js';

/** A login attempt. `previousSession` is the cookie the browser sent, ended on success (rotation). */
export interface LoginAttempt extends ClientInfo {
  email: string;
  password: string;
  previousSession?: string;
}

/** Refuses with the lock-out message when the account or the address has failed too often. */
async function refuseIfLocked(ctx: NewsroomContext, email: string, ip: string | null): Promise<void> {
  const { accountFailures, ipFailures, windowMinutes } = ctx.config.lockout;
  const since = windowStart(ctx.now(), windowMinutes);
  const failures = ctx.store.newsroom.loginFailures;
  const checks: Array<[scope: 'account' | 'ip', key: string | null, limit: number]> = [
    ['account', email, accountFailures],
    ['ip', ip, ipFailures],
  ];
  for (const [scope, key, limit] of checks) {
    if (key === null) continue;
    const until = lockedUntil(await failures.count(scope, key, since), limit, windowMinutes);
    if (until) {
      await recordAudit(ctx.store, { at: nowIso(ctx), userId: null, action: 'auth.locked', detail: { email, scope }, ip });
      throw new MidadError(
        'ERR_LOGIN_LOCKED',
        `أُوقف تسجيل الدخول مؤقتاً بعد محاولات فاشلة متكررة. حاول مجدداً بعد ${minutesUntil(until, ctx.now())} دقيقة.`,
      );
    }
  }
}

/** Counts a failure against the account and the address, and says nothing about which was wrong. */
async function fail(ctx: NewsroomContext, email: string, ip: string | null, user: User | null): Promise<never> {
  const at = nowIso(ctx);
  await ctx.store.transaction(async (tx) => {
    await tx.newsroom.loginFailures.record('account', email, at);
    if (ip) await tx.newsroom.loginFailures.record('ip', ip, at);
    // Keep a day of failures for the audit trail's sake; the lock-out only reads its window.
    await tx.newsroom.loginFailures.prune(windowStart(ctx.now(), Math.max(ctx.config.lockout.windowMinutes, 24 * 60)));
    await recordAudit(tx, { at, userId: user?.id ?? null, action: 'auth.login-failed', detail: { email }, ip });
  });
  throw new MidadError('ERR_LOGIN_FAILED');
}

/**
 * Checks an e-mail and password and starts a session. In order: lock-out (before any hash
 * work), the password (with equal timing for unknown accounts), then a new session id with
 * the old one ended. Throws ERR_LOGIN_LOCKED or ERR_LOGIN_FAILED.
 */
export async function login(ctx: NewsroomContext, attempt: LoginAttempt): Promise<{ user: User; token: string; session: Session }> {
  const email = attempt.email.trim().toLowerCase().slice(0, 254);
  await refuseIfLocked(ctx, email, attempt.ip);
  const user = email ? await ctx.store.newsroom.users.byEmail(email) : null;
  const stored = user?.active ? await ctx.store.newsroom.users.passwordHash(user.id) : null;
  const ok = stored ? await verifyPassword(stored, attempt.password) : await verifyNothing(attempt.password);
  if (!ok || !user) return fail(ctx, email, attempt.ip, user);

  if (attempt.previousSession) await ctx.store.newsroom.sessions.delete(hashToken(attempt.previousSession));
  await ctx.store.newsroom.loginFailures.clear('account', email);
  const { token, session } = await startSession(ctx, user, attempt);
  await recordAudit(ctx.store, { at: nowIso(ctx), userId: user.id, action: 'auth.login', ip: attempt.ip });
  return { user, token, session };
}
