import type { Article } from '../../../../article/index.js';
import { can, type Actor, type ArticleFacts } from '../../../../newsroom/permissions.js';
import { canLeave, STATUS_NAMES, TRANSITION_NAMES, TRANSITIONS } from '../../../../newsroom/workflow/transitions.js';
import type { WorkflowEvent } from '../../../../store/newsroom/index.js';
import { formatDateTime } from '../../../format/dates.js';
import { h, type Raw } from '../../../jsx/runtime.js';
import { articlePath } from '../../../urls.js';
import { PostForm, type NewsroomView } from '../layout.js';

/** A date-time in the site's zone and digits. */
export function when(view: NewsroomView, iso: string): string {
  return formatDateTime(iso, { digits: view.site.digits, timeZone: view.site.timeZone, hijri: false });
}

/** The workflow panel: state, the moves this person may make, links, and the history. */
export function WorkflowPanel(props: { view: NewsroomView; article: Article; facts: ArticleFacts; actor: Actor; events: readonly WorkflowEvent[] }): Raw {
  const { view, article: a, facts, actor } = props;
  const base = `/newsroom/articles/${a.id}`;
  const moves = TRANSITION_NAMES.filter((n) => canLeave(n, a.status) && can(actor, TRANSITIONS[n].action, facts));
  return (
    <aside class="nr-panel" aria-labelledby="workflow-title">
      <h2 id="workflow-title">المرحلة</h2>
      <p>
        <span class={`nr-status nr-status--${a.status}`} data-status={a.status}>
          {STATUS_NAMES[a.status]}
        </span>
        {a.status === 'scheduled' && a.publishedAt ? <span> · ينشر في {when(view, a.publishedAt)}</span> : null}
      </p>
      {moves.length ? <p class="nr-hint">احفظ تعديلاتك قبل تغيير المرحلة.</p> : null}
      {moves.map((name) => (
        <PostForm view={view} action={`${base}/transition`} className="nr-move" confirm={name === 'unpublish' ? 'إلغاء نشر المقال؟' : undefined}>
          <input type="hidden" name="updatedAt" value={a.updatedAt} />
          <input type="hidden" name="to" value={name} />
          {name === 'schedule' ? (
            <div class="nr-field">
              <label for="schedule-at">موعد النشر ({view.site.timeZone})</label>
              <input type="datetime-local" id="schedule-at" name="at" required />
            </div>
          ) : null}
          <button type="submit" class={name === 'publish' ? 'nr-primary' : undefined} data-transition={name}>
            {TRANSITIONS[name].label}
          </button>
        </PostForm>
      ))}
      <ul class="nr-links">
        <li>
          <a href={`${base}/preview`} target="_blank">
            معاينة النسخة المحفوظة
          </a>
        </li>
        <li>
          <a href={`${base}/revisions`}>النسخ السابقة</a>
        </li>
        {a.status === 'published' ? (
          <li>
            <a href={articlePath(a)}>المقال على الموقع</a>
          </li>
        ) : null}
      </ul>
      <h3>السجل</h3>
      <ol class="nr-history">
        {props.events.map((e) => (
          <li>
            {STATUS_NAMES[e.to]} — {e.userName ?? 'النشر المجدول'} — <time datetime={e.at}>{when(view, e.at)}</time>
          </li>
        ))}
      </ol>
    </aside>
  );
}
