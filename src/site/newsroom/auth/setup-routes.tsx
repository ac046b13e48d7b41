import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isMidadError, MidadError } from '../../../article/index.js';
import { MIN_PASSWORD_LENGTH } from '../../../newsroom/users/passwords.js';
import { completeSetup, setupLinkUser } from '../../../newsroom/users/setup.js';
import type { User } from '../../../store/newsroom/index.js';
import { h, type Raw } from '../../jsx/runtime.js';
import { sendNewsroomPage } from '../page.js';
import { ipOf, type NewsroomServices } from '../services.js';
import { PostForm, type NewsroomView } from '../views/layout.js';
import { newsroomView } from '../view.js';

const Params = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });
const Body = z.object({ name: z.string().max(200).default(''), password: z.string().max(1000).default(''), confirm: z.string().max(1000).default('') });

/** The choose-a-password form of a setup link. */
function SetupPage(props: { view: NewsroomView; user: User; token: string; error: string | null }): Raw {
  return (
    <section class="nr-auth" aria-labelledby="setup-title">
      <h1 id="setup-title">إعداد الحساب</h1>
      <p>
        الحساب: <bdi dir="ltr">{props.user.email}</bdi>
      </p>
      {props.error ? (
        <p class="nr-error" role="alert">
          {props.error}
        </p>
      ) : null}
      <PostForm view={props.view} action={`/newsroom/setup/${props.token}`}>
        <div class="nr-field">
          <label for="name">الاسم كما يظهر في غرفة الأخبار</label>
          <input id="name" name="name" value={props.user.name} maxlength={120} autocomplete="name" />
        </div>
        <div class="nr-field">
          <label for="password">كلمة المرور</label>
          <p class="nr-hint" id="password-hint">
            {MIN_PASSWORD_LENGTH} أحرف على الأقل؛ عبارة طويلة أفضل من كلمة معقدة.
          </p>
          <input type="password" id="password" name="password" required minlength={MIN_PASSWORD_LENGTH} autocomplete="new-password" aria-describedby="password-hint" dir="ltr" />
        </div>
        <div class="nr-field">
          <label for="confirm">أعد كتابة كلمة المرور</label>
          <input type="password" id="confirm" name="confirm" required autocomplete="new-password" dir="ltr" />
        </div>
        <button type="submit" class="nr-primary">
          حفظ كلمة المرور
        </button>
      </PostForm>
    </section>
  );
}

/** One-time setup links: GET shows the form (without using the link up), POST sets the password once. */
export async function setupRoutes(app: FastifyInstance, s: NewsroomServices): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/setup/:token', { schema: { params: Params } }, async (request, reply) => {
    const user = await setupLinkUser(s.newsroom, request.params.token);
    if (!user) throw new MidadError('ERR_SETUP_LINK_INVALID');
    const view = newsroomView(s, request, reply);
    return sendNewsroomPage(reply, view, 'إعداد الحساب', <SetupPage view={view} user={user} token={request.params.token} error={null} />);
  });

  r.post('/setup/:token', { schema: { params: Params, body: Body } }, async (request, reply) => {
    const { token } = request.params;
    const user = await setupLinkUser(s.newsroom, token);
    if (!user) throw new MidadError('ERR_SETUP_LINK_INVALID');
    const { name, password, confirm } = request.body;
    const retry = (message: string) => {
      const view = newsroomView(s, request, reply);
      return sendNewsroomPage(reply, view, 'إعداد الحساب', <SetupPage view={view} user={user} token={token} error={message} />, 400);
    };
    if (password !== confirm) return retry('كلمتا المرور غير متطابقتين');
    try {
      await completeSetup(s.newsroom, token, { password, name }, ipOf(request));
    } catch (e) {
      if (isMidadError(e, 'ERR_PASSWORD_WEAK')) return retry(e.message);
      throw e;
    }
    return reply.redirect('/newsroom/login?done=setup-done', 303);
  });
}
