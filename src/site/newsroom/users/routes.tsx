import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isMidadError, MidadError } from '../../../article/index.js';
import { can } from '../../../newsroom/permissions.js';
import { ROLE_NAMES, ROLES, RoleSchema } from '../../../newsroom/roles.js';
import { endAllSessions } from '../../../newsroom/sessions/sessions.js';
import { inviteUser, issueSetupLink, setupPath } from '../../../newsroom/users/invite.js';
import { updateUser } from '../../../newsroom/users/manage.js';
import { recordAudit } from '../../../newsroom/audit/record.js';
import type { User } from '../../../store/newsroom/index.js';
import { Fragment, h, type Raw } from '../../jsx/runtime.js';
import { sendNewsroomPage } from '../page.js';
import { actorOf, ipOf, type NewsroomServices } from '../services.js';
import { when } from '../views/editor/sidebar.js';
import { PostForm, type NewsroomView } from '../views/layout.js';
import { newsroomView } from '../view.js';
import { IdParams } from '../schemas.js';

const InviteBody = z.object({ email: z.string().max(300), role: RoleSchema, name: z.string().max(200).optional() });
const UpdateBody = z.object({ role: RoleSchema.optional(), active: z.enum(['0', '1']).optional() });

/** A setup link shown once, right after it was made (it is never stored in clear or shown again). */
function LinkOnce(props: { url: string; email: string; expiresAt: string; view: NewsroomView }): Raw {
  return (
    <section class="nr-once" role="status" aria-labelledby="link-title">
      <h2 id="link-title">رابط الإعداد لـ <bdi dir="ltr">{props.email}</bdi></h2>
      <p>أرسله إلى صاحب الحساب بطريقة آمنة. يعمل مرة واحدة حتى {when(props.view, props.expiresAt)}، ولن يظهر مرة أخرى.</p>
      <p>
        <code dir="ltr" data-setup-link>
          {props.url}
        </code>
      </p>
    </section>
  );
}

/** The accounts table with each account's controls. */
function UsersTable(props: { view: NewsroomView; users: readonly User[]; me: number }): Raw {
  return (
    <table class="nr-table">
      <thead>
        <tr>
          <th scope="col">الحساب</th>
          <th scope="col">الدور</th>
          <th scope="col">الحالة</th>
          <th scope="col">إجراءات</th>
        </tr>
      </thead>
      <tbody>
        {props.users.map((u) => (
          <tr data-user={u.email}>
            <td>
              {u.name} <bdi dir="ltr">&lt;{u.email}&gt;</bdi>
            </td>
            <td>
              <PostForm view={props.view} action={`/newsroom/users/${u.id}`} className="nr-inline">
                <label class="visually-hidden" for={`role-${u.id}`}>
                  دور {u.email}
                </label>
                <select id={`role-${u.id}`} name="role">
                  {ROLES.map((r) => (
                    <option value={r} selected={r === u.role}>
                      {ROLE_NAMES[r]}
                    </option>
                  ))}
                </select>
                <button type="submit">تغيير</button>
              </PostForm>
            </td>
            <td>{!u.active ? 'معطّل' : u.hasPassword ? 'فعّال' : 'بانتظار الإعداد'}</td>
            <td class="nr-actions">
              {u.id !== props.me ? (
                <PostForm view={props.view} action={`/newsroom/users/${u.id}`} className="nr-inline" confirm={u.active ? 'تعطيل الحساب؟' : undefined}>
                  <input type="hidden" name="active" value={u.active ? '0' : '1'} />
                  <button type="submit">{u.active ? 'تعطيل' : 'تفعيل'}</button>
                </PostForm>
              ) : null}
              <PostForm view={props.view} action={`/newsroom/users/${u.id}/logout-everywhere`} className="nr-inline">
                <button type="submit">إنهاء كل الجلسات</button>
              </PostForm>
              <PostForm view={props.view} action={`/newsroom/users/${u.id}/setup-link`} className="nr-inline" confirm="إصدار رابط جديد يوقف كلمة المرور الحالية عند استخدامه. متابعة؟">
                <button type="submit">رابط إعداد جديد</button>
              </PostForm>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Refuses unless the signed-in person administers accounts. */
function requireAdmin(request: FastifyRequest): void {
  if (!can(actorOf(request), 'user.manage')) throw new MidadError('ERR_FORBIDDEN');
}

/** The accounts page, optionally with a just-made link or an error. */
async function sendUsers(s: NewsroomServices, request: FastifyRequest, reply: FastifyReply, extra: { link?: Raw; error?: string; status?: number } = {}) {
  const users = await s.newsroom.store.newsroom.users.list();
  const view = newsroomView(s, request, reply);
  return sendNewsroomPage(
    reply,
    view,
    'الحسابات',
    <>
      <h1>الحسابات</h1>
      {extra.link ?? null}
      {extra.error ? (
        <p class="nr-error" role="alert">
          {extra.error}
        </p>
      ) : null}
      <UsersTable view={view} users={users} me={actorOf(request).id} />
      <h2>حساب جديد</h2>
      <PostForm view={view} action="/newsroom/users" className="nr-invite">
        <div class="nr-field">
          <label for="invite-email">البريد الإلكتروني</label>
          <input id="invite-email" name="email" type="email" required dir="ltr" />
        </div>
        <div class="nr-field">
          <label for="invite-name">الاسم</label>
          <input id="invite-name" name="name" maxlength={120} />
        </div>
        <div class="nr-field">
          <label for="invite-role">الدور</label>
          <select id="invite-role" name="role">
            {ROLES.map((r) => (
              <option value={r} selected={r === 'writer'}>
                {ROLE_NAMES[r]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="nr-primary">
          إنشاء وإصدار رابط الإعداد
        </button>
      </PostForm>
    </>,
    extra.status ?? 200,
  );
}

/** Account administration (admins only): invite, change role, switch off, end sessions, reissue setup links. */
export async function userRoutes(app: FastifyInstance, s: NewsroomServices): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const siteUrl = s.site.config.siteUrl;

  r.get('/users', async (request, reply) => {
    requireAdmin(request);
    return sendUsers(s, request, reply);
  });

  r.post('/users', { schema: { body: InviteBody } }, async (request, reply) => {
    requireAdmin(request);
    try {
      const { user, link } = await inviteUser(s.newsroom, request.body, actorOf(request).id, ipOf(request));
      const view = newsroomView(s, request, reply);
      return sendUsers(s, request, reply, { link: <LinkOnce view={view} url={siteUrl + setupPath(link.token)} email={user.email} expiresAt={link.expiresAt} /> });
    } catch (e) {
      if (isMidadError(e, 'ERR_USER_EXISTS') || isMidadError(e, 'ERR_USER_INVALID')) return sendUsers(s, request, reply, { error: e.message, status: e.status });
      throw e;
    }
  });

  r.post('/users/:id', { schema: { params: IdParams, body: UpdateBody } }, async (request, reply) => {
    requireAdmin(request);
    const { role, active } = request.body;
    await updateUser(s.newsroom, actorOf(request), request.params.id, { ...(role ? { role } : {}), ...(active ? { active: active === '1' } : {}) }, ipOf(request));
    return reply.redirect('/newsroom/users?done=updated', 303);
  });

  r.post('/users/:id/logout-everywhere', { schema: { params: IdParams } }, async (request, reply) => {
    requireAdmin(request);
    const user = await s.newsroom.store.newsroom.users.get(request.params.id);
    if (!user) throw new MidadError('ERR_USER_NOT_FOUND');
    await endAllSessions(s.newsroom, user.id, actorOf(request).id, ipOf(request));
    return reply.redirect('/newsroom/users?done=logged-out-everywhere', 303);
  });

  r.post('/users/:id/setup-link', { schema: { params: IdParams } }, async (request, reply) => {
    requireAdmin(request);
    const user = await s.newsroom.store.newsroom.users.get(request.params.id);
    if (!user) throw new MidadError('ERR_USER_NOT_FOUND');
    const link = await issueSetupLink(s.newsroom, user.id);
    await recordAudit(s.newsroom.store, { at: s.newsroom.now().toISOString(), userId: actorOf(request).id, action: 'user.setup-link', targetType: 'user', targetId: user.id, ip: ipOf(request) });
    const view = newsroomView(s, request, reply);
    return sendUsers(s, request, reply, { link: <LinkOnce view={view} url={siteUrl + setupPath(link.token)} email={user.email} expiresAt={link.expiresAt} /> });
  });
}
