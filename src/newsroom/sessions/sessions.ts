import type { Session, User } from '../../store/newsroom/index.js';
import { recordAudit } from '../audit/record.js';
import { nowIso, type NewsroomContext } from '../context.js';
import { hashToken, newToken } from '../crypto/tokens.js';

/** A signed-in person and their session. */
export interface SignedIn {
  user: User;
  session: Session;
}

/** last_seen_at is refreshed at most this often: a write per page view is waste. */
const TOUCH_EVERY_MS = 60_000;

/** Where a request came from, for the session list and the audit log. */
export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

/**
 * Starts a session for a user and returns the cookie value (stored only hashed). The caller
 * ends the previous session first: a new id on every login defeats session fixation.
 */
export async function startSession(ctx: NewsroomContext, user: User, client: ClientInfo): Promise<{ token: string; session: Session }> {
  const token = newToken();
  const now = ctx.now();
  const session: Session = {
    idHash: hashToken(token),
    userId: user.id,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ctx.config.sessionHours * 3600_000).toISOString(),
    ip: client.ip,
    userAgent: client.userAgent?.slice(0, 300) ?? null,
  };
  await ctx.store.newsroom.sessions.create(session);
  return { token, session };
}

/** The person behind a session cookie, or null when it is unknown, expired, or the account is off. */
export async function resolveSession(ctx: NewsroomContext, token: string | undefined): Promise<SignedIn | null> {
  if (!token || token.length > 200) return null;
  const idHash = hashToken(token);
  const session = await ctx.store.newsroom.sessions.get(idHash);
  if (!session) return null;
  const now = nowIso(ctx);
  if (session.expiresAt <= now) {
    await ctx.store.newsroom.sessions.delete(idHash);
    return null;
  }
  const user = await ctx.store.newsroom.users.get(session.userId);
  if (!user || !user.active) return null;
  if (Date.parse(now) - Date.parse(session.lastSeenAt) > TOUCH_EVERY_MS) {
    await ctx.store.newsroom.sessions.touch(idHash, now);
  }
  return { user, session };
}

/** Ends one session (logout). */
export async function endSession(ctx: NewsroomContext, signedIn: SignedIn, ip: string | null): Promise<void> {
  await ctx.store.transaction(async (tx) => {
    await tx.newsroom.sessions.delete(signedIn.session.idHash);
    await recordAudit(tx, { at: nowIso(ctx), userId: signedIn.user.id, action: 'auth.logout', ip });
  });
}

/** Ends every session of a user (logout everywhere); `actorId` is who asked. Returns how many ended. */
export async function endAllSessions(ctx: NewsroomContext, userId: number, actorId: number, ip: string | null): Promise<number> {
  return ctx.store.transaction(async (tx) => {
    const n = await tx.newsroom.sessions.deleteForUser(userId);
    await recordAudit(tx, { at: nowIso(ctx), userId: actorId, action: 'auth.logout-everywhere', targetType: 'user', targetId: userId, detail: { sessions: n }, ip });
    return n;
  });
}
