import type { z } from 'zod';
import { ApiErrorSchema } from './errors.js';

/**
 * A route's response schemas with the error answers every public route can give: 400 (a bad
 * parameter), 404 (nothing there) and 429 (rate limited), all in the one error shape.
 */
export function withErrors<R extends Record<number, z.ZodType>>(responses: R) {
  return { ...responses, 400: ApiErrorSchema, 404: ApiErrorSchema, 429: ApiErrorSchema };
}
