import type { Article, FieldIssue } from '../../../../article/index.js';
import { KICKERS } from '../../../../article/index.js';
import { WORDS_PER_MINUTE } from '../../../../newsroom/drafts/reading-time.js';
import type { Actor, ArticleFacts } from '../../../../newsroom/permissions.js';
import type { FieldChange } from '../../../../newsroom/revisions/compare.js';
import type { MediaItem, WorkflowEvent } from '../../../../store/newsroom/index.js';
import { Fragment, h, type Raw } from '../../../jsx/runtime.js';
import type { FormState } from '../../articles/form-state.js';
import { ChangeList } from '../changes.js';
import { Field } from '../fields.js';
import { IssueSummary } from '../issues.js';
import { Csrf, type NewsroomView } from '../layout.js';
import { BodyEditor, MediaChoice, UploadField } from './blocks.js';
import { WorkflowPanel } from './sidebar.js';

/** The article being edited, with what the side panel needs; absent for a new article. */
export interface Editing {
  article: Article;
  facts: ArticleFacts;
  events: readonly WorkflowEvent[];
}

/** A refused stale save: the stored version and how the person's version differs from it. */
export interface Conflict {
  current: Article;
  changes: FieldChange[];
}

/** Everything the editor page shows. */
export interface EditorProps {
  view: NewsroomView;
  actor: Actor;
  state: FormState;
  editing: Editing | null;
  issues: readonly FieldIssue[];
  conflict?: Conflict | null;
  media: readonly MediaItem[];
  sections: readonly string[];
  reading: { words: number; minutes: number };
  autosaveSeconds: number;
  /** Show without letting the person change anything (a disabled fieldset, no autosave). */
  readOnly?: boolean;
  /** The page follows a successful save: the browser's backup of it can go. */
  justSaved?: boolean;
}

/** The lead image's fields. */
function LeadImage(props: { state: FormState; issues: readonly FieldIssue[]; media: readonly MediaItem[] }): Raw {
  const { lead } = props.state;
  return (
    <fieldset class="nr-fieldset">
      <legend>الصورة الرئيسية</legend>
      {lead.src ? <img class="nr-thumb" src={lead.src} alt="" /> : null}
      <UploadField name="lead.file" label="رفع صورة" issues={props.issues} />
      <MediaChoice name="lead.media" label="أو اختر من مكتبة الصور" choices={props.media} />
      <Field name="lead.src" label="رابط الصورة" value={lead.src} issues={props.issues} dir="ltr" />
      <Field name="lead.alt" label="النص البديل (لقارئات الشاشة)" value={lead.alt} issues={props.issues} />
      <Field name="lead.caption" label="التعليق" value={lead.caption} issues={props.issues} />
      <Field name="lead.credit" label="المصدر (المصوّر أو الوكالة)" value={lead.credit} issues={props.issues} />
      <input type="hidden" name="lead.width" value={lead.width} />
      <input type="hidden" name="lead.height" value={lead.height} />
      {lead.src || lead.caption ? (
        <div class="nr-check">
          <input type="checkbox" id="f-lead-remove" name="lead.remove" value="1" />
          <label for="f-lead-remove">إزالة الصورة الرئيسية</label>
        </div>
      ) : null}
    </fieldset>
  );
}

/** The stale-save notice: what differs, and an explicit way to keep one's own version. */
function ConflictNotice(props: { conflict: Conflict }): Raw {
  const { current, changes } = props.conflict;
  return (
    <section class="nr-conflict" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">لم يُحفظ: عُدّل المقال منذ فتحه</h2>
      <p>
        حفظ شخص آخر (أو نافذة أخرى) نسخة أحدث. نصك محفوظ في هذه الصفحة. هذه الفروق بين النسخة المحفوظة ونسختك:
      </p>
      <ChangeList changes={changes} />
      <p>
        <a href={`/newsroom/articles/${current.id}/edit`} target="_blank">
          افتح النسخة المحفوظة في نافذة جديدة
        </a>
      </p>
      <button type="submit" name="op" value={`overwrite:${current.updatedAt}`} class="nr-danger">
        احفظ نسختي فوق النسخة الأحدث
      </button>
    </section>
  );
}

/** The editor: structured fields, the body as blocks, the lead image, related choices, and the workflow panel. */
export function EditorPage(p: EditorProps): Raw {
  const { view, state, editing } = p;
  const id = editing?.article.id;
  const action = id ? `/newsroom/articles/${id}` : '/newsroom/articles';
  return (
    <div class="nr-editor">
      <form
        method="post"
        action={action}
        enctype="multipart/form-data"
        class="nr-editor__form"
        data-editor={p.readOnly ? undefined : ''}
        data-article-id={id ? String(id) : undefined}
        data-autosave-url={id ? `/newsroom/articles/${id}/autosave` : '/newsroom/autosave'}
        data-autosave-seconds={String(p.autosaveSeconds)}
        data-words-per-minute={String(WORDS_PER_MINUTE)}
        data-just-saved={p.justSaved ? '1' : undefined}
      >
        <Csrf view={view} />
        <input type="hidden" name="updatedAt" value={state.updatedAt} data-updated-at />
        <fieldset class="nr-editor__fields" disabled={p.readOnly}>
        <div class="nr-toolbar">
          <button type="submit" class="nr-primary">
            حفظ
          </button>
          <button type="submit" formaction={id ? `/newsroom/articles/${id}/preview` : '/newsroom/articles/preview'} formtarget="_blank" formnovalidate>
            معاينة
          </button>
          <p class="nr-count" data-reading>
            عدد الكلمات: <span data-words>{String(p.reading.words)}</span> · زمن القراءة: <span data-minutes>{String(p.reading.minutes)}</span> دقيقة
          </p>
          <p class="nr-autosave" role="status" aria-live="polite" data-autosave-status></p>
        </div>
        {p.conflict ? <ConflictNotice conflict={p.conflict} /> : null}
        <IssueSummary issues={p.issues} />
        <fieldset class="nr-fieldset">
          <legend>العنوان</legend>
          <Field name="kicker" label="التصنيف (فوق العنوان)" value={state.kicker} issues={p.issues} list="kickers" hint="مثل: تحليل إخباري، حوار، رأي" />
          <Field name="headline" label="العنوان" value={state.headline} issues={p.issues} required maxlength={300} className="nr-field--headline" />
          <Field name="deck" label="الموجز" value={state.deck} issues={p.issues} multiline rows={2} maxlength={600} />
        </fieldset>
        <fieldset class="nr-fieldset">
          <legend>القسم والوسوم</legend>
          <Field name="section" label="القسم" value={state.section} issues={p.issues} list="sections" />
          <Field name="tags" label="الوسوم" value={state.tags} issues={p.issues} hint="افصل بينها بفاصلة" />
        </fieldset>
        <fieldset class="nr-fieldset">
          <legend>التوقيع</legend>
          <Field name="authors" label="الكتّاب" value={state.authors} issues={p.issues} hint="افصل بين الأسماء بفاصلة" />
          <Field name="source" label="المصدر (وكالة أو صحيفة)" value={state.source} issues={p.issues} />
          <Field name="dateline" label="مكان الخبر" value={state.dateline} issues={p.issues} />
        </fieldset>
        <LeadImage state={state} issues={p.issues} media={p.media} />
        <BodyEditor blocks={state.blocks} issues={p.issues} media={p.media} />
        <fieldset class="nr-fieldset">
          <legend>مقالات ذات صلة</legend>
          <Field name="pins" label="مقالات مثبتة" value={state.pins} issues={p.issues} multiline rows={2} dir="ltr" hint="رقم المقال أو رابطه المختصر، واحد في كل سطر؛ تظهر أولاً بالترتيب" />
          <Field name="exclusions" label="مقالات مستبعدة" value={state.exclusions} issues={p.issues} multiline rows={2} dir="ltr" hint="لا تظهر أبداً في «مقالات ذات صلة» لهذا المقال" />
        </fieldset>
        <div class="nr-toolbar nr-toolbar--end">
          <button type="submit" class="nr-primary">
            حفظ
          </button>
        </div>
        </fieldset>
        <datalist id="kickers">
          {KICKERS.map((k) => (
            <option value={k.name}></option>
          ))}
        </datalist>
        <datalist id="sections">
          {p.sections.map((s) => (
            <option value={s}></option>
          ))}
        </datalist>
      </form>
      {editing ? <WorkflowPanel view={view} article={editing.article} facts={editing.facts} actor={p.actor} events={editing.events} /> : <></>}
    </div>
  );
}
