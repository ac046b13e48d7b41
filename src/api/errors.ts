import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ERRORS, isMidadError, type ErrorCode } from '../article/index.js';

const CODES = Object.keys(ERRORS) as [ErrorCode, ...ErrorCode[]];

/** The one error shape of the API: a catalogue code, a message for people, and the field at fault. */
export const ApiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(CODES).describe('A code of the catalogue; clients rely on it, never on the message'),
      message: z.string().describe('Arabic, for people'),
      field: z.string().nullable().describe('The parameter at fault (`limit`, `cursor`, `section`), or null'),
    }),
  })
  .meta({ id: 'Error' });

/** An error body. */
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** The body for a catalogue code, with the catalogue's message unless a more precise one is given. */
export function apiError(code: ErrorCode, field: string | null = null, message?: string): ApiError {
  return { error: { code, message: message ?? ERRORS[code].message, field } };
}

/** A failed schema validation as Fastify reports it. */
interface ValidationFailure {
  validation: Array<{ instancePath?: string }>;
  validationContext?: string;
}

function isValidationFailure(e: unknown): e is ValidationFailure {
  return typeof e === 'object' && e !== null && Array.isArray((e as ValidationFailure).validation);
}

/** `/limit` → `limit`, `/tags/0` → `tags.0`; the whole querystring or params when no path is given. */
function fieldOf(e: ValidationFailure): string | null {
  const path = (e.validation[0]?.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
  return path || e.validationContext || null;
}

/** The status and body an error answers with. */
export function toApiError(error: unknown): { status: number; body: ApiError } {
  if (isMidadError(error)) return { status: error.status, body: apiError(error.code, error.field ?? null, error.message) };
  if (isValidationFailure(error)) return { status: 400, body: apiError('ERR_INVALID_PARAMETER', fieldOf(error)) };
  const status = (error as { statusCode?: unknown }).statusCode;
  if (status === 429) return { status, body: apiError('ERR_RATE_LIMITED') };
  // Other client errors Fastify raises itself (bad media type, body too large…) keep their status.
  if (typeof status === 'number' && status >= 400 && status < 500) return { status, body: apiError('ERR_BAD_REQUEST') };
  return { status: 500, body: apiError('ERR_INTERNAL') };
}

/** The API's error handler: JSON in the catalogue's shape; server errors are logged, never shown. */
export function apiErrorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { status, body } = toApiError(error);
  if (status >= 500) request.log.error({ err: error }, 'API request failed');
  return reply.code(status).header('cache-control', 'no-store').send(body);
}

/** Unknown paths under /api answer JSON, not the reader site's HTML page. */
export function apiNotFound(_request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply.code(404).header('cache-control', 'no-store').send(apiError('ERR_NOT_FOUND'));
}
