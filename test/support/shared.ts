import { fileURLToPath } from 'node:url';

/** A file of ../shared (third-party data is read from there, never copied into the repo). */
export function sharedPath(rel: string): string {
  return fileURLToPath(new URL(`../../../shared/${rel}`, import.meta.url));
}

/** The reference page dump. */
export const SEED_DUMP = sharedPath('seed/000_aa2a8cd937ba68f3.txt');
