import { fileURLToPath } from 'node:url';

/** A file of ../shared beside the project (third-party data stays there, never copied in). */
export function shared(rel: string): string {
  return fileURLToPath(new URL(`../../../shared/${rel}`, import.meta.url));
}

/** The project root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
