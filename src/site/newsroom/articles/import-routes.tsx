import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ArticleInputSchema, MidadError } from '../../../article/index.js';
import { DraftFieldsSchema } from '../../../newsroom/drafts/fields.js';
import type { DraftSource } from '../../../newsroom/drafts/parse-draft.js';
import { can } from '../../../newsroom/permissions.js';
import { Fragment, h } from '../../jsx/runtime.js';
import { sendNewsroomPage } from '../page.js';
import { actorOf, type NewsroomServices } from '../services.js';
import { PostForm } from '../views/layout.js';
import { newsroomView } from '../view.js';
import { sendEditor } from './editor-render.js';
import type { FormFile } from './form-decode.js';
import { formFromFields } from './form-state.js';
import { AnyBody } from '../schemas.js';


/** What the import form asks for: one of a pasted text, an address or a file. */
function sourceOf(body: Record<string, unknown>): DraftSource | null {
  const file = body.file as FormFile | undefined;
  if (file && Buffer.isBuffer(file.data) && file.data.length) return { kind: 'file', data: file.data, name: file.name };
  const url = typeof body.url === 'string' ? body.url.trim() : '';
  if (url) return { kind: 'url', url };
  const text = typeof body.text === 'string' ? body.text : '';
  return text.trim() ? { kind: 'text', text } : null;
}

/**
 * Import into the editor: paste a page dump or HTML, give an address, or upload a file; the
 * parsed draft opens in the editor, unsaved, to be checked before the first save. The parser
 * is the injected `parseDraft` (the import service's seam).
 */
export async function importRoutes(app: FastifyInstance, s: NewsroomServices): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/import', async (request, reply) => {
    if (!can(actorOf(request), 'article.create')) throw new MidadError('ERR_FORBIDDEN');
    const view = newsroomView(s, request, reply);
    return sendNewsroomPage(
      reply,
      view,
      'استيراد',
      <>
        <h1>استيراد مسودة</h1>
        <p>الصق نص صفحة مقال (كما يُنسخ من المتصفح) أو صفحة HTML، أو ارفع ملفاً. تُفتح المسودة في المحرر لتراجعها قبل حفظها.</p>
        <PostForm view={view} action="/newsroom/import" multipart>
          <div class="nr-field">
            <label for="import-text">نص الصفحة</label>
            <textarea id="import-text" name="text" rows={12}></textarea>
          </div>
          <div class="nr-field">
            <label for="import-url">أو رابط المقال</label>
            <input id="import-url" name="url" type="url" dir="ltr" />
          </div>
          <div class="nr-field">
            <label for="import-file">أو ملف (HTML أو نص)</label>
            <input id="import-file" name="file" type="file" accept=".html,.htm,.txt,text/html,text/plain" />
          </div>
          <button type="submit" class="nr-primary">
            استخراج المسودة
          </button>
        </PostForm>
      </>,
    );
  });

  r.post('/import', { schema: { body: AnyBody } }, async (request, reply) => {
    if (!can(actorOf(request), 'article.create')) throw new MidadError('ERR_FORBIDDEN');
    const source = sourceOf(request.body);
    if (!source) throw new MidadError('ERR_DRAFT_PARSE_FAILED', 'لم يُدخل نص أو رابط أو ملف');
    const parsed = await s.newsroom.parseDraft(source);
    const first = parsed.articles[0];
    const input = first ? ArticleInputSchema.safeParse(first) : null;
    if (!input?.success) throw new MidadError('ERR_DRAFT_PARSE_FAILED');
    const fields = DraftFieldsSchema.parse({ ...input.data, pins: [], exclusions: [] });
    const more = parsed.articles.length - 1;
    const notice = `استُخرجت المسودة؛ راجعها ثم احفظها.${more > 0 ? ` في المصدر ${more} مقالات أخرى لم تُفتح.` : ''}${parsed.warnings.length ? ` ملاحظات المستورد: ${parsed.warnings.length}.` : ''}`;
    return sendEditor(s, request, reply, { state: formFromFields(fields, ''), editing: null, notice });
  });
}
