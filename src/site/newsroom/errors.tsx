import type { FastifyReply, FastifyRequest } from 'fastify';
import { ERRORS, isMidadError, MidadError, type ErrorCode } from '../../article/index.js';
import { h } from '../jsx/runtime.js';
import { sendNewsroomPage, PRIVATE_NO_STORE } from './page.js';
import type { NewsroomServices } from './services.js';
import { newsroomView } from './view.js';

/** Error codes of the plugins the newsroom uses, in the catalogue's terms. */
const PLUGIN_CODES: Record<string, ErrorCode> = {
  FST_CSRF_INVALID_TOKEN: 'ERR_CSRF',
  FST_CSRF_MISSING_SECRET: 'ERR_CSRF',
  FST_REQ_FILE_TOO_LARGE: 'ERR_MEDIA_TOO_LARGE',
  FST_PARTS_LIMIT: 'ERR_BAD_REQUEST',
  FST_FILES_LIMIT: 'ERR_BAD_REQUEST',
  FST_FIELDS_LIMIT: 'ERR_BAD_REQUEST',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'ERR_BAD_REQUEST',
};

/** Any error as a catalogue error (server errors as ERR_INTERNAL: their details are logged, never shown). */
export function asMidadError(error: unknown): MidadError {
  if (isMidadError(error)) return error;
  const e = error as { code?: string; statusCode?: number; validation?: unknown };
  const code = e.code ? PLUGIN_CODES[e.code] : undefined;
  if (code) return new MidadError(code);
  if (e.validation) return new MidadError('ERR_BAD_REQUEST');
  if (e.statusCode === 429) return new MidadError('ERR_RATE_LIMITED');
  if (e.statusCode === 413) return new MidadError('ERR_MEDIA_TOO_LARGE');
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) return new MidadError('ERR_BAD_REQUEST');
  return new MidadError('ERR_INTERNAL');
}

/** Whether the client asked for JSON (the editor's background saves). */
export function wantsJson(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('application/json');
}

/** A local newsroom path to come back to after logging in; anything else is refused (no open redirects). */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/newsroom(\/[^\s\\]*)?(\?[^\s\\]*)?$/.test(next) && !next.startsWith('//') ? next : '/newsroom';
}

/**
 * The newsroom's error answers: JSON for scripts, a redirect to the login page for a page
 * asked for without a session, else an Arabic page with the reason and the way back.
 */
export function newsroomErrorHandler(s: NewsroomServices) {
  return (error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const e = asMidadError(error);
    if (e.status >= 500) request.log.error({ err: error }, 'newsroom request failed');
    if (wantsJson(request)) {
      return reply.code(e.status).header('cache-control', PRIVATE_NO_STORE).send({ error: { code: e.code, message: e.message, field: e.field ?? null } });
    }
    if (e.code === 'ERR_UNAUTHENTICATED' && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.redirect(`/newsroom/login?next=${encodeURIComponent(safeNext(request.url))}`, 303);
    }
    const view = newsroomView(s, request, reply);
    return sendNewsroomPage(
      reply,
      view,
      ERRORS[e.code].message,
      <div class="nr-error-page" data-error-code={e.code}>
        <h1>{e.status >= 500 ? 'حدث خطأ' : 'تعذّر تنفيذ الطلب'}</h1>
        <p class="nr-error-page__reason">{e.message}</p>
        <p>
          {e.code === 'ERR_UNAUTHENTICATED' || e.code === 'ERR_CSRF' ? <a href="/newsroom/login">تسجيل الدخول</a> : <a href="/newsroom">العودة إلى المقالات</a>}
        </p>
      </div>,
      e.status,
    );
  };
}
