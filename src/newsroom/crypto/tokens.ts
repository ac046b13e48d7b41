import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Bytes of randomness in session ids, setup links and API tokens: 256 bits, unguessable. */
const TOKEN_BYTES = 32;

/** A fresh random token, URL- and cookie-safe. */
export function newToken(prefix = ''): string {
  return prefix + randomBytes(TOKEN_BYTES).toString('base64url');
}

/**
 * The hash a token is stored under. SHA-256 (not a password hash) is right here: the token
 * has 256 random bits, so there is nothing to brute-force, and lookups stay one indexed query.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Compares two strings in constant time (for secrets compared outside the database). */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
