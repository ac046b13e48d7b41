import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MidadError } from '../../../article/index.js';
import { can } from '../../../newsroom/permissions.js';
import { Fragment, h } from '../../jsx/runtime.js';
import { sendNewsroomPage } from '../page.js';
import { actorOf, type NewsroomServices } from '../services.js';
import { when } from '../views/editor/sidebar.js';
import { newsroomView } from '../view.js';

const PAGE = 100;
const Query = z.object({ page: z.coerce.number().int().min(1).max(100_000).default(1) });

/** What each audited action is called. */
const ACTION_NAMES: Record<string, string> = {
  'auth.login': 'تسجيل دخول',
  'auth.login-failed': 'محاولة دخول فاشلة',
  'auth.locked': 'دخول مرفوض (إيقاف مؤقت)',
  'auth.logout': 'تسجيل خروج',
  'auth.logout-everywhere': 'إنهاء كل الجلسات',
  'user.invite': 'إنشاء حساب',
  'user.setup': 'ضبط كلمة المرور',
  'user.setup-link': 'إصدار رابط إعداد',
  'user.update': 'تعديل حساب',
  'token.create': 'إنشاء رمز واجهة برمجية',
  'token.revoke': 'إلغاء رمز واجهة برمجية',
  'article.create': 'إنشاء مقال',
  'article.save': 'حفظ مقال',
  'article.restore': 'استعادة نسخة',
  'article.submit': 'إرسال للمراجعة',
  'article.withdraw': 'سحب من المراجعة',
  'article.return': 'إعادة إلى المسودات',
  'article.schedule': 'جدولة نشر',
  'article.publish': 'نشر',
  'article.unpublish': 'إلغاء نشر',
  'article.publish-scheduled': 'نشر مجدول',
  'media.upload': 'رفع صورة',
  'media.describe': 'تعديل وصف صورة',
};

/** GET /audit (admins only): who did what, newest first. */
export async function auditRoutes(app: FastifyInstance, s: NewsroomServices): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get('/audit', { schema: { querystring: Query } }, async (request, reply) => {
    if (!can(actorOf(request), 'audit.view')) throw new MidadError('ERR_FORBIDDEN');
    const { page } = request.query;
    const log = await s.newsroom.store.newsroom.audit.list({ limit: PAGE, offset: (page - 1) * PAGE });
    const pages = Math.max(1, Math.ceil(log.total / PAGE));
    const view = newsroomView(s, request, reply);
    return sendNewsroomPage(
      reply,
      view,
      'سجل العمليات',
      <>
        <h1>سجل العمليات</h1>
        <table class="nr-table nr-audit">
          <thead>
            <tr>
              <th scope="col">الوقت</th>
              <th scope="col">من</th>
              <th scope="col">العملية</th>
              <th scope="col">الهدف</th>
              <th scope="col">التفاصيل</th>
              <th scope="col">العنوان</th>
            </tr>
          </thead>
          <tbody>
            {log.items.map((e) => (
              <tr data-action={e.action}>
                <td>
                  <time datetime={e.at}>{when(view, e.at)}</time>
                </td>
                <td>
                  <bdi dir="ltr">{e.userEmail ?? (e.action === 'article.publish-scheduled' ? 'النظام' : '—')}</bdi>
                </td>
                <td>{ACTION_NAMES[e.action] ?? e.action}</td>
                <td>
                  {e.targetType === 'article' && e.targetId ? <a href={`/newsroom/articles/${e.targetId}/edit`}>مقال #{e.targetId}</a> : e.targetType ? `${e.targetType} #${e.targetId}` : '—'}
                </td>
                <td>
                  <code dir="ltr">{Object.keys(e.detail).length ? JSON.stringify(e.detail) : ''}</code>
                </td>
                <td>
                  <bdi dir="ltr">{e.ip ?? ''}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {pages > 1 ? (
          <nav class="pagination" aria-label="الصفحات">
            {page > 1 ? <a href={`/newsroom/audit?page=${page - 1}`}>→ الأحدث</a> : null}
            <span>
              صفحة {page} من {pages}
            </span>
            {page < pages ? <a href={`/newsroom/audit?page=${page + 1}`}>الأقدم ←</a> : null}
          </nav>
        ) : null}
      </>,
    );
  });
}
