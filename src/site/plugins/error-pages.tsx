import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isMidadError } from '../../article/index.js';
import { h } from '../jsx/runtime.js';
import { sendPage } from '../page.js';
import { viewContext, type SiteServices } from '../services.js';
import { ErrorPage } from '../views/error-page.js';

/** The HTTP status an error should answer with. */
function statusOf(error: unknown): number {
  if (isMidadError(error)) return error.status;
  const e = error as { validation?: unknown; statusCode?: number };
  if (e.validation) return 400;
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) return e.statusCode;
  return 500;
}

/** Renders the Arabic error page; if even the store fails, without the sections menu. */
async function sendError(s: SiteServices, reply: FastifyReply, status: number) {
  const ctx = await viewContext(s).catch(() => ({ site: s.config, assets: s.assets.urls, sections: [] }));
  const shown = status === 404 ? 404 : status >= 500 ? 500 : status;
  return sendPage(reply, ctx, { title: shown === 404 ? 'الصفحة غير موجودة' : 'خطأ', noindex: true }, <ErrorPage status={shown} />, {
    status,
    cache: false,
  });
}

/** Arabic 404 and 500 pages for the reader site; server errors are logged, never shown. */
export function installErrorPages(app: FastifyInstance, s: SiteServices): void {
  app.setNotFoundHandler((_request: FastifyRequest, reply: FastifyReply) => sendError(s, reply, 404));
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const status = statusOf(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return sendError(s, reply, status);
  });
}
