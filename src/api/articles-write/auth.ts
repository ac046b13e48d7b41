import type { FastifyReply, FastifyRequest } from 'fastify';
import { MidadError } from '../../article/index.js';
import { bearerToken, verifyApiToken } from '../../newsroom/api-tokens/api-tokens.js';
import { hashToken } from '../../newsroom/crypto/tokens.js';
import type { Actor } from '../../newsroom/permissions.js';
import type { Store } from '../../store/index.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The account an API token acts for, set by the write routes' token check. */
    apiActor: Actor | null;
  }
}

/**
 * The write routes' authentication (onRequest, before the body is read): a per-user API token
 * in `Authorization: Bearer …`, acting with its owner's role. Session cookies are not accepted
 * here, so the API needs no CSRF token.
 */
export function requireApiToken(s: { store: Store; now: () => Date }) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const found = await verifyApiToken(s, bearerToken(request.headers.authorization));
    if (!found) {
      reply.header('www-authenticate', 'Bearer realm="midad"');
      throw new MidadError('ERR_API_TOKEN_INVALID');
    }
    request.apiActor = { id: found.user.id, role: found.user.role, active: found.user.active };
  };
}

/** The rate-limit key of a write: the token (hashed: keys may be logged), else the address. */
export function writeRateKey(request: FastifyRequest): string {
  const token = bearerToken(request.headers.authorization);
  return token ? `token:${hashToken(token).slice(0, 32)}` : `ip:${request.ip}`;
}

/** The authenticated actor (the hook guarantees one). */
export function apiActorOf(request: FastifyRequest): Actor {
  if (!request.apiActor) throw new MidadError('ERR_API_TOKEN_INVALID');
  return request.apiActor;
}
