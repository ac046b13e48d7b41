import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isMidadError } from '../../../article/index.js';
import { createApiToken, revokeApiToken } from '../../../newsroom/api-tokens/api-tokens.js';
import { can } from '../../../newsroom/permissions.js';
import { ROLE_NAMES } from '../../../newsroom/roles.js';
import { endAllSessions } from '../../../newsroom/sessions/sessions.js';
import { Fragment, h, type Raw } from '../../jsx/runtime.js';
import { sendNewsroomPage } from '../page.js';
import { actorOf, ipOf, userOf, type NewsroomServices } from '../services.js';
import { clearSessionCookie } from '../session-cookie.js';
import { when } from '../views/editor/sidebar.js';
import { PostForm } from '../views/layout.js';
import { newsroomView } from '../view.js';
import { IdParams } from '../schemas.js';

const TokenBody = z.object({ name: z.string().max(200).default('') });

/** The account page, optionally with a token just made (shown once) or an error. */
async function sendAccount(s: NewsroomServices, request: FastifyRequest, reply: FastifyReply, extra: { token?: string; error?: string; status?: number } = {}) {
  const user = userOf(request);
  const store = s.newsroom.store.newsroom;
  const now = s.newsroom.now().toISOString();
  const [sessions, tokens] = await Promise.all([store.sessions.listForUser(user.id, now), store.apiTokens.listForUser(user.id)]);
  const view = newsroomView(s, request, reply);
  const mayTokens = can(actorOf(request), 'token.manage');
  const tokenOnce: Raw | null = extra.token ? (
    <section class="nr-once" role="status">
      <h3>الرمز الجديد</h3>
      <p>انسخه الآن واحفظه في مكان آمن؛ لن يظهر مرة أخرى. يعمل بصلاحيات حسابك ({ROLE_NAMES[user.role]}).</p>
      <p>
        <code dir="ltr" data-api-token>
          {extra.token}
        </code>
      </p>
    </section>
  ) : null;
  return sendNewsroomPage(
    reply,
    view,
    'حسابي',
    <>
      <h1>حسابي</h1>
      <p>
        {user.name} · <bdi dir="ltr">{user.email}</bdi> · {ROLE_NAMES[user.role]}
      </p>
      <h2>الجلسات المفتوحة</h2>
      <ul class="nr-sessions">
        {sessions.map((x) => (
          <li>
            {x.idHash === request.signedIn?.session.idHash ? 'هذه الجلسة · ' : ''}
            بدأت {when(view, x.createdAt)} · آخر نشاط {when(view, x.lastSeenAt)} · <bdi dir="ltr">{x.ip ?? ''}</bdi>
          </li>
        ))}
      </ul>
      <PostForm view={view} action="/newsroom/account/logout-everywhere" confirm="إنهاء كل جلساتك، ومنها هذه؟">
        <button type="submit">تسجيل الخروج من كل الأجهزة</button>
      </PostForm>
      {mayTokens ? (
        <>
          <h2>رموز الواجهة البرمجية</h2>
          <p>للبرامج التي تنشئ المسودات أو تعدّلها عبر الواجهة البرمجية، بصلاحيات حسابك نفسها.</p>
          {tokenOnce}
          {extra.error ? (
            <p class="nr-error" role="alert">
              {extra.error}
            </p>
          ) : null}
          <table class="nr-table">
            <thead>
              <tr>
                <th scope="col">الاسم</th>
                <th scope="col">البداية</th>
                <th scope="col">أُنشئ</th>
                <th scope="col">آخر استخدام</th>
                <th scope="col"></th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((t) => (
                <tr data-token={String(t.id)}>
                  <td>{t.name}</td>
                  <td>
                    <code dir="ltr">{t.prefix}…</code>
                  </td>
                  <td>{when(view, t.createdAt)}</td>
                  <td>{t.lastUsedAt ? when(view, t.lastUsedAt) : '—'}</td>
                  <td>
                    {t.revokedAt ? (
                      'أُلغي'
                    ) : (
                      <PostForm view={view} action={`/newsroom/account/tokens/${t.id}/revoke`} className="nr-inline" confirm="إلغاء هذا الرمز؟">
                        <button type="submit">إلغاء</button>
                      </PostForm>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <PostForm view={view} action="/newsroom/account/tokens">
            <div class="nr-field">
              <label for="token-name">اسم الرمز (أين سيُستخدم)</label>
              <input id="token-name" name="name" required maxlength={80} />
            </div>
            <button type="submit">إنشاء رمز</button>
          </PostForm>
        </>
      ) : null}
    </>,
    extra.status ?? 200,
  );
}

/** The person's own account: sessions (logout everywhere) and API tokens (create, revoke). */
export async function accountRoutes(app: FastifyInstance, s: NewsroomServices): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/account', (request, reply) => sendAccount(s, request, reply));

  r.post('/account/logout-everywhere', async (request, reply) => {
    const user = userOf(request);
    await endAllSessions(s.newsroom, user.id, user.id, ipOf(request));
    clearSessionCookie(reply, s.newsroom.config);
    return reply.redirect('/newsroom/login?done=bye', 303);
  });

  r.post('/account/tokens', { schema: { body: TokenBody } }, async (request, reply) => {
    try {
      const { token } = await createApiToken(s.newsroom, actorOf(request), request.body.name, ipOf(request));
      // Answered directly, never through a redirect: the token must not travel in a URL.
      return sendAccount(s, request, reply, { token });
    } catch (e) {
      if (isMidadError(e, 'ERR_BAD_REQUEST')) return sendAccount(s, request, reply, { error: e.message, status: 400 });
      throw e;
    }
  });

  r.post('/account/tokens/:id/revoke', { schema: { params: IdParams } }, async (request, reply) => {
    await revokeApiToken(s.newsroom, actorOf(request), request.params.id, ipOf(request));
    return reply.redirect('/newsroom/account?done=revoked', 303);
  });
}
