import type { FastifyReply, FastifyRequest } from 'fastify';
import { wordCount, type Block, type FieldIssue } from '../../../article/index.js';
import { WORDS_PER_MINUTE } from '../../../newsroom/drafts/reading-time.js';
import { can } from '../../../newsroom/permissions.js';
import { h } from '../../jsx/runtime.js';
import { sendNewsroomPage } from '../page.js';
import { actorOf, type NewsroomServices } from '../services.js';
import { EditorPage, type Conflict, type Editing } from '../views/editor/editor-page.js';
import { newsroomView } from '../view.js';
import type { FormState } from './form-state.js';

/** Words and reading minutes of the text the form holds (typed, not yet saved). */
export function formReading(state: FormState): { words: number; minutes: number } {
  const blocks = state.blocks.filter((b) => b.text.trim() && (b.type === 'paragraph' || b.type === 'subheading' || b.type === 'quote')) as unknown as Block[];
  const words = wordCount(blocks);
  return { words, minutes: words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE)) };
}

/** What an editor page shows besides the form. */
export interface EditorRender {
  state: FormState;
  editing: Editing | null;
  issues?: readonly FieldIssue[];
  conflict?: Conflict | null;
  notice?: string | null;
  status?: number;
}

/** Renders the editor; read-only (a disabled form) when the person may see but not edit the article. */
export async function sendEditor(s: NewsroomServices, request: FastifyRequest, reply: FastifyReply, r: EditorRender): Promise<FastifyReply> {
  const store = s.newsroom.store;
  const actor = actorOf(request);
  const [media, sections] = await Promise.all([store.newsroom.media.list({ limit: 40 }), store.directory.sections()]);
  const readOnly = r.editing !== null && !can(actor, 'article.edit', r.editing.facts);
  const view = newsroomView(s, request, reply, { editor: !readOnly, ...(r.notice !== undefined ? { notice: r.notice } : {}) });
  if (readOnly) view.notice = 'لا يمكنك تعديل هذا المقال في مرحلته الحالية؛ تظهر هنا للاطلاع.';
  const page = (
    <EditorPage
      view={view}
      actor={actor}
      state={r.state}
      editing={r.editing}
      issues={r.issues ?? []}
      conflict={r.conflict ?? null}
      media={media.items}
      sections={sections.map((x) => x.name)}
      reading={formReading(r.state)}
      autosaveSeconds={s.newsroom.config.autosaveSeconds}
      readOnly={readOnly}
      justSaved={['saved', 'created', 'restored'].includes(String((request.query as { done?: unknown } | undefined)?.done))}
    />
  );
  return sendNewsroomPage(reply, view, r.editing ? `تحرير: ${r.editing.article.headline}` : 'مقال جديد', page, r.status ?? 200);
}
