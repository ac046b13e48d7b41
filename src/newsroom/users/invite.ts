import { z } from 'zod';
import { MidadError } from '../../article/index.js';
import type { User } from '../../store/newsroom/index.js';
import { recordAudit } from '../audit/record.js';
import { nowIso, type NewsroomContext } from '../context.js';
import { hashToken, newToken } from '../crypto/tokens.js';
import { RoleSchema, type Role } from '../roles.js';

/** An e-mail address as accounts are keyed: trimmed and lower-cased. */
export const EmailSchema = z
  .string()
  .trim()
  .max(254)
  .transform((e) => e.toLowerCase())
  .pipe(z.email({ message: 'بريد إلكتروني غير صالح' }));

const InviteSchema = z.object({
  email: EmailSchema,
  role: RoleSchema,
  name: z.string().trim().min(1).max(120).optional(),
});

/** Whether a database error is a unique-constraint violation (PostgreSQL 23505, SQLite's constraint code). */
function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** A one-time setup link's secret part and when it stops working. */
export interface SetupLink {
  token: string;
  expiresAt: string;
}

/** The path a setup link opens; the site prefixes its base URL. */
export function setupPath(token: string): string {
  return `/newsroom/setup/${token}`;
}

/** Issues a fresh one-time setup link for an account (replacing any unused one). */
export async function issueSetupLink(ctx: NewsroomContext, userId: number): Promise<SetupLink> {
  const token = newToken();
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + ctx.config.setupLinkHours * 3600_000).toISOString();
  await ctx.store.newsroom.users.addSetupToken(userId, hashToken(token), expiresAt, now.toISOString());
  return { token, expiresAt };
}

/**
 * Creates an account and its one-time setup link. `actorId` is the admin who did it
 * (null from the command line). The link's token is returned once and stored only hashed.
 */
export async function inviteUser(
  ctx: NewsroomContext,
  raw: { email: string; role: Role | string; name?: string },
  actorId: number | null,
  ip: string | null = null,
): Promise<{ user: User; link: SetupLink }> {
  const parsed = InviteSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new MidadError('ERR_USER_INVALID', issue?.message, issue?.path.join('.'));
  }
  const { email, role, name } = parsed.data;
  return ctx.store.transaction(async (tx) => {
    if (await tx.newsroom.users.byEmail(email)) throw new MidadError('ERR_USER_EXISTS', undefined, 'email');
    let user: User;
    try {
      user = await tx.newsroom.users.create({ email, role, name: name ?? email.split('@')[0]! }, nowIso(ctx));
    } catch (e) {
      // The unique index is the real guard against two simultaneous invitations.
      if (isUniqueViolation(e)) throw new MidadError('ERR_USER_EXISTS', undefined, 'email');
      throw e;
    }
    const link = await issueSetupLink({ ...ctx, store: tx }, user.id);
    await recordAudit(tx, { at: nowIso(ctx), userId: actorId, action: 'user.invite', targetType: 'user', targetId: user.id, detail: { email, role }, ip });
    return { user, link };
  });
}
