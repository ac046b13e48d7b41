import { articleRoutes } from './articles/index.js';
import { authorRoutes } from './authors/index.js';
import { peopleRoutes } from './people/index.js';
import { quoteRoutes } from './quotes/index.js';
import { relatedRoutes } from './related/index.js';
import { searchRoutes } from './search/index.js';
import { sectionRoutes } from './sections/index.js';
import type { ApiRoutes } from './services.js';

/**
 * The public read routes of `/api/v1`, one plugin per resource (`api/{resource}/index.ts`).
 */
export const READ_ROUTES: readonly ApiRoutes[] = [articleRoutes, sectionRoutes, authorRoutes, peopleRoutes, quoteRoutes, relatedRoutes, searchRoutes];
