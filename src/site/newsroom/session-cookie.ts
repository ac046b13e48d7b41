import type { FastifyReply } from 'fastify';
import type { NewsroomConfig } from '../../newsroom/config.js';

/** The session cookie's name. */
export const SESSION_COOKIE = 'midad_session';
/** The CSRF secret's cookie. */
export const CSRF_COOKIE = 'midad_csrf';
/** Both cookies are sent to the newsroom only, never to reader pages or the API. */
export const COOKIE_PATH = '/newsroom';

/**
 * Cookie options: HttpOnly (scripts cannot read it), SameSite=Strict (never sent on requests
 * another site starts), Secure when the site is served over TLS.
 */
export function cookieOptions(config: NewsroomConfig) {
  return { path: COOKIE_PATH, httpOnly: true, sameSite: 'strict' as const, secure: config.secureCookies };
}

/** Sets the session cookie for the session's lifetime. */
export function setSessionCookie(reply: FastifyReply, config: NewsroomConfig, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(config), maxAge: Math.round(config.sessionHours * 3600) });
}

/** Removes the session cookie. */
export function clearSessionCookie(reply: FastifyReply, config: NewsroomConfig): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(config));
}
