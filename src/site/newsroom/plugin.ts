import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import multipart, { type MultipartFile } from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { randomBytes } from 'node:crypto';
import { MidadError } from '../../article/index.js';
import { resolveSession } from '../../newsroom/sessions/sessions.js';
import { accountRoutes } from './account/routes.js';
import { articleEditorRoutes } from './articles/editor-routes.js';
import { articleListRoutes } from './articles/list-routes.js';
import { importRoutes } from './articles/import-routes.js';
import { previewRoutes } from './articles/preview-routes.js';
import { revisionRoutes } from './articles/revision-routes.js';
import { transitionRoutes } from './articles/transition-routes.js';
import { auditRoutes } from './audit/routes.js';
import { entityCorrectionRoutes } from './entities/routes.js';
import { loginRoutes } from './auth/login-routes.js';
import { setupRoutes } from './auth/setup-routes.js';
import { newsroomErrorHandler } from './errors.js';
import { mediaLibraryRoutes } from './media/routes.js';
import { csrfUserInfo, type NewsroomServices } from './services.js';
import { cookieOptions, CSRF_COOKIE, SESSION_COOKIE } from './session-cookie.js';
import { userRoutes } from './users/routes.js';

/** Uploaded files as form values: their bytes and the name the browser gave (shown, never trusted). */
async function onFile(this: FastifyRequest, part: MultipartFile): Promise<void> {
  const data = await part.toBuffer();
  (part as unknown as { value: unknown }).value = { data, name: part.filename || null };
}

/** Accepts a form's CSRF token from its `_csrf` field, or from a header for scripted requests. */
function csrfTokenOf(request: FastifyRequest): string | undefined {
  const body = request.body as { _csrf?: unknown } | undefined;
  if (typeof body?._csrf === 'string') return body._csrf;
  const header = request.headers['x-csrf-token'];
  return typeof header === 'string' ? header : undefined;
}

/**
 * Runs `register` while `globalThis.FormData` reads as undefined, then puts Node's lazy
 * getter back untouched. @fastify/multipart reads that global when it registers, to offer a
 * `request.formData()` we never call, and the read makes Node load its whole fetch
 * implementation: about a tenth of a second of every server start.
 */
async function withoutGlobalFormData(register: () => PromiseLike<unknown>): Promise<void> {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'FormData');
  Object.defineProperty(globalThis, 'FormData', { value: undefined, configurable: true, writable: true });
  try {
    await register();
  } finally {
    if (original) Object.defineProperty(globalThis, 'FormData', original);
    else delete (globalThis as { FormData?: unknown }).FormData;
  }
}

/**
 * The newsroom under /newsroom, as a pipeline of hooks: the session is read (onRequest),
 * protected routes refuse anonymous requests before any body is read (onRequest), and every
 * state-changing request must carry a CSRF token bound to its session (preValidation, once the
 * body is parsed). Login is rate-limited per client address on top of the stored lock-out.
 */
export async function newsroomRoutes(app: FastifyInstance, s: NewsroomServices): Promise<void> {
  const { config } = s.newsroom;
  if (!app.hasDecorator('parseCookie')) await app.register(cookie);
  if (!app.hasContentTypeParser('application/x-www-form-urlencoded')) await app.register(formbody);
  await withoutGlobalFormData(() =>
    app.register(multipart, {
      attachFieldsToBody: 'keyValues',
      onFile,
      limits: { fileSize: config.maxUploadBytes, files: 40, fields: 20_000, fieldSize: 100_000, parts: 20_040 },
    }),
  );
  // The HMAC key lives in the store so every process and every restart accepts the same tokens.
  const hmacKey = await s.newsroom.store.newsroom.secrets.getOrCreate('csrf-hmac', () => randomBytes(32).toString('base64'));
  await app.register(csrf, {
    cookieKey: CSRF_COOKIE,
    cookieOpts: cookieOptions(config),
    getUserInfo: csrfUserInfo,
    getToken: csrfTokenOf,
    csrfOpts: { hmacKey },
  });
  await app.register(rateLimit, { global: false, errorResponseBuilder: () => new MidadError('ERR_RATE_LIMITED') });

  app.decorateRequest('signedIn', null);
  app.setErrorHandler(newsroomErrorHandler(s));
  app.addHook('onRequest', async (request) => {
    request.signedIn = await resolveSession(s.newsroom, request.cookies[SESSION_COOKIE]);
  });
  // preValidation: after the body is parsed (multipart's own preValidation hook, registered
  // above, runs first) and before schemas strip unknown fields such as `_csrf`.
  app.addHook('preValidation', (request, reply, done) => {
    if (request.method === 'GET' || request.method === 'HEAD') return done();
    app.csrfProtection(request, reply, done);
  });

  await app.register(loginRoutes, s);
  await app.register(setupRoutes, s);
  await app.register(async (signedIn) => {
    signedIn.addHook('onRequest', async (request) => {
      if (!request.signedIn) throw new MidadError('ERR_UNAUTHENTICATED');
    });
    await signedIn.register(articleListRoutes, s);
    await signedIn.register(articleEditorRoutes, s);
    await signedIn.register(previewRoutes, s);
    await signedIn.register(transitionRoutes, s);
    await signedIn.register(revisionRoutes, s);
    await signedIn.register(importRoutes, s);
    await signedIn.register(mediaLibraryRoutes, s);
    await signedIn.register(userRoutes, s);
    await signedIn.register(auditRoutes, s);
    await signedIn.register(accountRoutes, s);
    await signedIn.register(entityCorrectionRoutes, s);
  });
}
