import { z } from 'zod';
import { MidadError } from '../../article/index.js';
import type { ApiToken, User } from '../../store/newsroom/index.js';
import { recordAudit } from '../audit/record.js';
import { nowIso, type NewsroomContext } from '../context.js';
import { hashToken, newToken } from '../crypto/tokens.js';
import { can, type Actor } from '../permissions.js';

/** Every API token starts with this, so leaked tokens are easy to recognise and scan for. */
export const API_TOKEN_PREFIX = 'midad_';
/** How much of a token the newsroom shows to tell tokens apart. */
const SHOWN = API_TOKEN_PREFIX.length + 6;
/** last_used_at is refreshed at most this often. */
const TOUCH_EVERY_MS = 60_000;

const NameSchema = z.string().trim().min(1, 'اكتب اسماً للرمز').max(80);

/**
 * Creates an API token for the actor. The token acts with its owner's role, is returned once,
 * and is stored only hashed.
 */
export async function createApiToken(ctx: NewsroomContext, actor: Actor, name: string, ip: string | null = null): Promise<{ token: string; record: ApiToken }> {
  if (!can(actor, 'token.manage')) throw new MidadError('ERR_FORBIDDEN');
  const parsed = NameSchema.safeParse(name);
  if (!parsed.success) throw new MidadError('ERR_BAD_REQUEST', parsed.error.issues[0]?.message, 'name');
  const token = newToken(API_TOKEN_PREFIX);
  return ctx.store.transaction(async (tx) => {
    const record = await tx.newsroom.apiTokens.create({
      userId: actor.id,
      name: parsed.data,
      tokenHash: hashToken(token),
      prefix: token.slice(0, SHOWN),
      createdAt: nowIso(ctx),
    });
    await recordAudit(tx, { at: nowIso(ctx), userId: actor.id, action: 'token.create', targetType: 'api-token', targetId: record.id, detail: { name: record.name }, ip });
    return { token, record };
  });
}

/** Revokes a token: its owner may, and so may an admin. */
export async function revokeApiToken(ctx: NewsroomContext, actor: Actor, tokenId: number, ip: string | null = null): Promise<void> {
  const record = await ctx.store.newsroom.apiTokens.get(tokenId);
  if (!record) throw new MidadError('ERR_API_TOKEN_NOT_FOUND');
  const mine = record.userId === actor.id && can(actor, 'token.manage');
  if (!mine && !can(actor, 'user.manage')) throw new MidadError('ERR_API_TOKEN_NOT_FOUND');
  await ctx.store.transaction(async (tx) => {
    await tx.newsroom.apiTokens.revoke(tokenId, nowIso(ctx));
    await recordAudit(tx, { at: nowIso(ctx), userId: actor.id, action: 'token.revoke', targetType: 'api-token', targetId: tokenId, ip });
  });
}

/** The token in an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer[ ]+(\S{1,200})$/i.exec(header?.trim() ?? '');
  return m ? m[1]! : null;
}

/**
 * The account an API token acts for, or null when the token is unknown, revoked, or its
 * account is switched off. The API then applies `can()` with that account, exactly as the
 * newsroom does.
 */
export async function verifyApiToken(ctx: Pick<NewsroomContext, 'store' | 'now'>, token: string | null | undefined): Promise<{ user: User; token: ApiToken } | null> {
  if (!token || !token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return null;
  const record = await ctx.store.newsroom.apiTokens.byHash(hashToken(token));
  if (!record || record.revokedAt !== null) return null;
  const user = await ctx.store.newsroom.users.get(record.userId);
  if (!user || !user.active) return null;
  const now = ctx.now();
  if (!record.lastUsedAt || now.getTime() - Date.parse(record.lastUsedAt) > TOUCH_EVERY_MS) {
    await ctx.store.newsroom.apiTokens.touch(record.id, now.toISOString());
  }
  return { user, token: record };
}
