import type { Algorithm } from '@node-rs/argon2';
import { MidadError } from '../../article/index.js';

// @node-rs/argon2 declares its algorithms as an ambient const enum, which isolated modules
// cannot read; Argon2id is 2 in it.
const ARGON2ID = 2 as Algorithm;

/** The shortest password accepted: long passphrases beat composition rules (NIST SP 800-63B). */
export const MIN_PASSWORD_LENGTH = 10;
/** The longest: argon2 would take anything, but a limit stops memory abuse. */
export const MAX_PASSWORD_LENGTH = 256;

/** argon2id with OWASP's recommended minimum cost (19 MiB, 2 passes). */
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** Refuses passwords too short or too long, with the Arabic reason. */
export function checkPasswordRules(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) throw new MidadError('ERR_PASSWORD_WEAK', undefined, 'password');
  if (password.length > MAX_PASSWORD_LENGTH) throw new MidadError('ERR_PASSWORD_WEAK', 'كلمة المرور أطول من المسموح', 'password');
}

// Loaded on first use: a reader-only process never pays for the native module at start.
const argon2 = () => import('@node-rs/argon2');

/** The argon2id hash of a password, as a PHC string (`$argon2id$v=19$…`). */
export async function hashPassword(password: string): Promise<string> {
  return (await argon2()).hash(password.normalize('NFC'), OPTIONS);
}

/** Whether a password matches its stored hash; a malformed hash never matches. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await (await argon2()).verify(stored, password.normalize('NFC'));
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * Spends the time a real verification would, for logins to unknown or unset accounts, so the
 * response time does not reveal which e-mail addresses have accounts.
 */
export async function verifyNothing(password: string): Promise<false> {
  dummy ??= hashPassword('midad-timing-equaliser');
  await verifyPassword(await dummy, password);
  return false;
}
