/** Where the third-party data lives: ../shared beside the project, never inside it. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared folder (seed, evaluation corpora, tools). */
export const SHARED = process.env.MIDAD_SHARED ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared');
