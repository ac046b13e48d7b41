import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MidadError } from '../../../article/index.js';
import { describeImage, imageFromMedia, uploadImage } from '../../../newsroom/media/upload.js';
import { can } from '../../../newsroom/permissions.js';
import type { MediaItem } from '../../../store/newsroom/index.js';
import { Fragment, h, type Raw } from '../../jsx/runtime.js';
import type { FormFile } from '../articles/form-decode.js';
import { sendNewsroomPage } from '../page.js';
import { actorOf, ipOf, type NewsroomServices } from '../services.js';
import { IMAGE_ACCEPT } from '../views/editor/blocks.js';
import { PostForm, type NewsroomView } from '../views/layout.js';
import { Picture } from '../views/picture.js';
import { newsroomView } from '../view.js';
import { IdParams, AnyBody } from '../schemas.js';

const PAGE = 48;
const Query = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1), done: z.string().max(40).optional() });
const Description = z.object({ alt: z.string().max(600).default(''), caption: z.string().max(1100).default(''), credit: z.string().max(300).default('') });

/** The three description fields of an image. */
function DescriptionFields(props: { prefix: string; item?: MediaItem }): Raw {
  const { prefix, item } = props;
  return (
    <>
      <div class="nr-field">
        <label for={`${prefix}-alt`}>النص البديل</label>
        <input id={`${prefix}-alt`} name="alt" value={item?.alt ?? ''} maxlength={500} />
      </div>
      <div class="nr-field">
        <label for={`${prefix}-caption`}>التعليق</label>
        <input id={`${prefix}-caption`} name="caption" value={item?.caption ?? ''} maxlength={1000} />
      </div>
      <div class="nr-field">
        <label for={`${prefix}-credit`}>المصدر</label>
        <input id={`${prefix}-credit`} name="credit" value={item?.credit ?? ''} maxlength={200} />
      </div>
    </>
  );
}

/** One library image: the picture, its facts, and (for the desk) its description form. */
function MediaCard(props: { view: NewsroomView; item: MediaItem; editable: boolean }): Raw {
  const { item } = props;
  return (
    <figure class="nr-media" id={`media-${item.id}`}>
      <Picture image={imageFromMedia(item)} sizes="16rem" lazy />
      <figcaption>
        <strong>#{item.id}</strong> · {item.width}×{item.height} · {item.caption || 'بلا تعليق'}
        {item.credit ? <span class="credit"> {item.credit}</span> : null}
      </figcaption>
      {props.editable ? (
        <PostForm view={props.view} action={`/newsroom/media/${item.id}`} className="nr-media__form">
          <DescriptionFields prefix={`m${item.id}`} item={item} />
          <button type="submit">حفظ الوصف</button>
        </PostForm>
      ) : null}
    </figure>
  );
}

/**
 * The image library: upload (checked by content, resized into AVIF/WebP/JPEG) with its alt
 * text, caption and credit; browse; and, for the desk, correct descriptions.
 */
export async function mediaLibraryRoutes(app: FastifyInstance, s: NewsroomServices): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/media', { schema: { querystring: Query } }, async (request, reply) => {
    const actor = actorOf(request);
    const { page } = request.query;
    const list = await s.newsroom.store.newsroom.media.list({ limit: PAGE, offset: (page - 1) * PAGE });
    const view = newsroomView(s, request, reply);
    const pages = Math.max(1, Math.ceil(list.total / PAGE));
    return sendNewsroomPage(
      reply,
      view,
      'الصور',
      <>
        <h1>مكتبة الصور</h1>
        {can(actor, 'media.upload') ? (
          <PostForm view={view} action="/newsroom/media" multipart className="nr-upload">
            <div class="nr-field">
              <label for="upload-file">صورة (JPEG أو PNG أو WebP أو AVIF أو GIF، حتى {Math.round(s.newsroom.config.maxUploadBytes / 1048576)} م.ب)</label>
              <input type="file" id="upload-file" name="file" accept={IMAGE_ACCEPT} required />
            </div>
            <DescriptionFields prefix="upload" />
            <button type="submit" class="nr-primary">
              رفع
            </button>
          </PostForm>
        ) : null}
        <div class="nr-media-grid">
          {list.items.map((item) => (
            <MediaCard view={view} item={item} editable={can(actor, 'media.edit')} />
          ))}
        </div>
        {pages > 1 ? (
          <nav class="pagination" aria-label="الصفحات">
            {page > 1 ? <a href={`/newsroom/media?page=${page - 1}`}>→ السابقة</a> : null}
            <span>
              صفحة {page} من {pages}
            </span>
            {page < pages ? <a href={`/newsroom/media?page=${page + 1}`}>التالية ←</a> : null}
          </nav>
        ) : null}
      </>,
    );
  });

  r.post('/media', { schema: { body: AnyBody } }, async (request, reply) => {
    const body = request.body;
    const file = body.file as FormFile | undefined;
    if (!file || !Buffer.isBuffer(file.data) || file.data.length === 0) throw new MidadError('ERR_MEDIA_UNSUPPORTED', 'اختر صورة لرفعها');
    const d = Description.parse({ alt: body.alt, caption: body.caption, credit: body.credit });
    const item = await uploadImage(s.newsroom, actorOf(request), file.data, d, ipOf(request));
    return reply.redirect(`/newsroom/media?done=uploaded#media-${item.id}`, 303);
  });

  r.post('/media/:id', { schema: { params: IdParams, body: Description } }, async (request, reply) => {
    await describeImage(s.newsroom, actorOf(request), request.params.id, request.body, ipOf(request));
    return reply.redirect(`/newsroom/media?done=described#media-${request.params.id}`, 303);
  });
}
