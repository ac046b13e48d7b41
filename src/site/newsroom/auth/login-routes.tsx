import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isMidadError } from '../../../article/index.js';
import { login } from '../../../newsroom/auth/login.js';
import { endSession } from '../../../newsroom/sessions/sessions.js';
import { h } from '../../jsx/runtime.js';
import { safeNext } from '../errors.js';
import { sendNewsroomPage } from '../page.js';
import { ipOf, type NewsroomServices } from '../services.js';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../session-cookie.js';
import { newsroomView } from '../view.js';
import { LoginPage } from './login-page.js';

const LoginBody = z.object({
  email: z.string().max(300).default(''),
  password: z.string().max(1000).default(''),
  next: z.string().max(2000).optional(),
});

/**
 * Login and logout. POST /login reads: rate limit (per address, before any work) → CSRF →
 * validate → lock-out and password (login()) → new session cookie → back where the person was going.
 */
export async function loginRoutes(app: FastifyInstance, s: NewsroomServices): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { config } = s.newsroom;

  r.get('/login', { schema: { querystring: z.object({ next: z.string().max(2000).optional(), done: z.string().max(40).optional() }) } }, async (request, reply) => {
    if (request.signedIn) return reply.redirect(safeNext(request.query.next), 303);
    const view = newsroomView(s, request, reply);
    return sendNewsroomPage(reply, view, 'تسجيل الدخول', <LoginPage view={view} email="" next={safeNext(request.query.next)} error={null} />);
  });

  r.post(
    '/login',
    { schema: { body: LoginBody }, config: { rateLimit: { max: config.loginRatePerMinute, timeWindow: 60_000 } } },
    async (request, reply) => {
      const { email, password } = request.body;
      const next = safeNext(request.body.next);
      try {
        const { token } = await login(s.newsroom, {
          email,
          password,
          ip: ipOf(request),
          userAgent: request.headers['user-agent'] ?? null,
          previousSession: request.cookies[SESSION_COOKIE],
        });
        setSessionCookie(reply, config, token);
        return reply.redirect(next, 303);
      } catch (e) {
        if (!isMidadError(e) || (e.code !== 'ERR_LOGIN_FAILED' && e.code !== 'ERR_LOGIN_LOCKED')) throw e;
        // The page is rendered for the anonymous visitor the person still is.
        request.signedIn = null;
        const view = newsroomView(s, request, reply);
        return sendNewsroomPage(reply, view, 'تسجيل الدخول', <LoginPage view={view} email={email.slice(0, 254)} next={next} error={e.message} />, e.status);
      }
    },
  );

  r.post('/logout', async (request, reply) => {
    if (request.signedIn) await endSession(s.newsroom, request.signedIn, ipOf(request));
    clearSessionCookie(reply, config);
    return reply.redirect('/newsroom/login?done=bye', 303);
  });
}
