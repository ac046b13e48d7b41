import type { FastifyReply, FastifyRequest } from 'fastify';
import { csrfToken, type NewsroomServices } from './services.js';
import type { NewsroomView } from './views/layout.js';

/** Notices a redirect may ask for with `?done=…`: fixed texts, so nothing typed is reflected. */
export const NOTICES: Record<string, string> = {
  saved: 'حُفظ المقال.',
  created: 'أُنشئت المسودة.',
  restored: 'استُعيدت النسخة وحُفظت نسخةً جديدة.',
  submit: 'أُرسل المقال للمراجعة.',
  withdraw: 'سُحب المقال من المراجعة.',
  return: 'أُعيد المقال إلى المسودات.',
  schedule: 'جُدول نشر المقال.',
  publish: 'نُشر المقال.',
  unpublish: 'أُلغي نشر المقال.',
  uploaded: 'رُفعت الصورة.',
  described: 'حُفظ وصف الصورة.',
  updated: 'حُدّث الحساب.',
  'logged-out-everywhere': 'أُنهيت جميع الجلسات الأخرى.',
  revoked: 'أُلغي الرمز.',
  bye: 'سُجّل خروجك.',
  'setup-done': 'ضُبطت كلمة المرور؛ سجّل الدخول الآن.',
};

/** The view context of a newsroom page for this request. */
export function newsroomView(s: NewsroomServices, request: FastifyRequest, reply: FastifyReply, extra: Partial<NewsroomView> = {}): NewsroomView {
  const done = (request.query as { done?: unknown } | undefined)?.done;
  const a = s.site.assets;
  return {
    site: s.site.config,
    assets: { css: a.urls.css, newsroomCss: a.newsroom.css, newsroomJs: a.newsroom.js, editorJs: a.newsroom.editorJs, headScript: a.urls.headScript },
    user: request.signedIn?.user ?? null,
    csrf: csrfToken(request, reply),
    notice: typeof done === 'string' ? (NOTICES[done] ?? null) : null,
    ...extra,
  };
}
