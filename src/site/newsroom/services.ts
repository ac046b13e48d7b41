import type {} from '@fastify/csrf-protection';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MidadError } from '../../article/index.js';
import type { NewsroomContext } from '../../newsroom/context.js';
import type { Actor } from '../../newsroom/permissions.js';
import type { SignedIn } from '../../newsroom/sessions/sessions.js';
import type { User } from '../../store/newsroom/index.js';
import type { SiteServices } from '../services.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The newsroom user behind the session cookie, set by the newsroom's session hook; null when none. */
    signedIn: SignedIn | null;
  }
}

/** What the newsroom's route plugins are handed: the reader site's services and the newsroom's. */
export interface NewsroomServices {
  site: SiteServices;
  newsroom: NewsroomContext;
}

/** The signed-in user of a request in the protected context (the auth hook guarantees one). */
export function userOf(request: FastifyRequest): User {
  if (!request.signedIn) throw new MidadError('ERR_UNAUTHENTICATED');
  return request.signedIn.user;
}

/** The permission rules' view of the signed-in user. */
export function actorOf(request: FastifyRequest): Actor {
  const u = userOf(request);
  return { id: u.id, role: u.role, active: u.active };
}

/** The client address for the audit log and the lock-out. */
export function ipOf(request: FastifyRequest): string | null {
  return request.ip || null;
}

// One token per request and session: a second generateCsrf() on a first visit would mint a
// second secret cookie and orphan the forms rendered with the first.
const tokens = new WeakMap<FastifyRequest, { info: string; token: string }>();

/** The CSRF token for this request's forms, bound to its session (or to "anonymous" before login). */
export function csrfToken(request: FastifyRequest, reply: FastifyReply): string {
  const info = csrfUserInfo(request);
  const known = tokens.get(request);
  if (known?.info === info) return known.token;
  const token = reply.generateCsrf({ userInfo: info });
  tokens.set(request, { info, token });
  return token;
}

/** What CSRF tokens are bound to: the session, so a token from another session or from before login fails. */
export function csrfUserInfo(request: FastifyRequest): string {
  return request.signedIn?.session.idHash ?? 'anonymous';
}
