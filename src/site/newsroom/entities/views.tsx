import type { ArticleAnnotations, EntityKind, EntityListItem, StoredEntity } from '../../../store/annotations/index.js';
import { Fragment, h, type Raw } from '../../jsx/runtime.js';
import { entityPath, KIND_LABEL } from '../../views/entity-urls.js';
import { PostForm, type NewsroomView } from '../views/layout.js';

/** The kinds, as the filter offers them. */
const KINDS: ReadonlyArray<[EntityKind, string]> = [
  ['person', 'أشخاص'],
  ['place', 'أماكن'],
  ['organization', 'جهات'],
];

/** Previous/next links of a newsroom list. */
function Pages(props: { page: number; pages: number; href: (p: number) => string }): Raw | null {
  const { page, pages, href } = props;
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label="الصفحات">
      {page > 1 ? <a href={href(page - 1)}>→ السابق</a> : null}
      <span>
        صفحة {page} من {pages}
      </span>
      {page < pages ? <a href={href(page + 1)}>التالي ←</a> : null}
    </nav>
  );
}

/** `/newsroom/entities`: every name the articles hold, most mentioned first, with a filter. */
export function EntityListView(props: {
  items: readonly EntityListItem[];
  q: string;
  kind: EntityKind | '';
  page: number;
  pages: number;
  href: (p: number) => string;
}): Raw {
  return (
    <>
      <h1>الأسماء في المقالات</h1>
      <form method="get" action="/newsroom/entities" class="nr-inline">
        <label for="entities-q">الاسم</label>
        <input id="entities-q" name="q" value={props.q} maxlength={100} />
        <label for="entities-kind">النوع</label>
        <select id="entities-kind" name="kind">
          <option value="">الكل</option>
          {KINDS.map(([k, label]) => (
            <option value={k} selected={props.kind === k}>
              {label}
            </option>
          ))}
        </select>
        <button type="submit">بحث</button>
      </form>
      <table class="nr-table nr-entities">
        <thead>
          <tr>
            <th scope="col">الاسم</th>
            <th scope="col">النوع</th>
            <th scope="col">الصفة</th>
            <th scope="col">المقالات</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((e) => (
            <tr>
              <td>
                <a href={`/newsroom/entities/${e.id}`}>{e.name}</a>
              </td>
              <td>{KIND_LABEL[e.kind]}</td>
              <td>{e.role ?? ''}</td>
              <td>{e.articles}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pages page={props.page} pages={props.pages} href={props.href} />
    </>
  );
}

/** `/newsroom/entities/{id}`: one entity, its spellings and articles, and the three corrections. */
export function EntityEditView(props: {
  view: NewsroomView;
  entity: StoredEntity;
  names: readonly string[];
  articles: ReadonlyArray<{ id: number; headline: string }>;
}): Raw {
  const { view, entity: e } = props;
  return (
    <>
      <h1>
        {e.name} <span class="nr-role">({KIND_LABEL[e.kind]})</span>
      </h1>
      {e.role ? <p>الصفة: {e.role}</p> : null}
      <p>
        <a href={entityPath(e)}>صفحته في الموقع</a>
      </p>
      <h2>التسميات</h2>
      <ul>
        {props.names.map((n) => (
          <li>{n}</li>
        ))}
      </ul>
      <h2>تصحيح</h2>
      <PostForm view={view} action={`/newsroom/entities/${e.id}/rename`} className="nr-inline">
        <label for="rename-name">الاسم الصحيح</label>
        <input id="rename-name" name="name" value={e.name} required maxlength={200} />
        <button type="submit">إعادة التسمية</button>
      </PostForm>
      <PostForm view={view} action={`/newsroom/entities/${e.id}/merge`} className="nr-inline">
        <label for="merge-into">دمجه في الاسم رقم</label>
        <input id="merge-into" name="into" inputmode="numeric" pattern="[0-9]+" required />
        <button type="submit">دمج</button>
      </PostForm>
      <PostForm view={view} action={`/newsroom/entities/${e.id}/reject`} className="nr-inline" confirm="ليس اسماً: تُحذف إشاراته من كل المقالات. متابعة؟">
        <button type="submit" class="nr-danger">ليس اسماً</button>
      </PostForm>
      <h2>المقالات</h2>
      <ul>
        {props.articles.map((a) => (
          <li>
            <a href={`/newsroom/articles/${a.id}/annotations`}>{a.headline}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

/** `/newsroom/articles/{id}/annotations`: the names an article holds, and who said each quotation (changeable). */
export function ArticleAnnotationsView(props: { view: NewsroomView; articleId: number; headline: string; annotations: ArticleAnnotations }): Raw {
  const { view, annotations: a } = props;
  const people = a.entities.filter((e) => e.kind === 'person');
  return (
    <>
      <h1>الأسماء والاقتباسات: {props.headline}</h1>
      <p>
        <a href={`/newsroom/articles/${props.articleId}/edit`}>العودة إلى المحرر</a>
      </p>
      <h2>الأسماء</h2>
      <ul>
        {a.entities.map((e) => (
          <li>
            <a href={`/newsroom/entities/${e.id}`}>{e.name}</a> <span class="nr-role">({KIND_LABEL[e.kind]})</span>
            {e.role ? ` — ${e.role}` : ''}
          </li>
        ))}
      </ul>
      <h2>الاقتباسات</h2>
      <table class="nr-table nr-quotes">
        <thead>
          <tr>
            <th scope="col">الاقتباس</th>
            <th scope="col">القائل</th>
          </tr>
        </thead>
        <tbody>
          {a.quotes.map((q) => (
            <tr id={`quote-${q.id}`}>
              <td>«{q.text}»</td>
              <td>
                <PostForm view={view} action={`/newsroom/quotes/${q.id}/speaker`} className="nr-inline">
                  <label for={`speaker-${q.id}`} class="visually-hidden">
                    القائل
                  </label>
                  <select id={`speaker-${q.id}`} name="speaker">
                    <option value="none" selected={!q.speaker && !q.speakerText}>
                      غير معروف
                    </option>
                    {people.map((p) => (
                      <option value={`e:${p.id}`} selected={q.speaker?.id === p.id}>
                        {p.name}
                      </option>
                    ))}
                    <option value="text" selected={!q.speaker && !!q.speakerText}>
                      جهة أو مصدر (اكتبه):
                    </option>
                  </select>
                  <input name="text" value={q.speaker ? '' : (q.speakerText ?? '')} maxlength={200} aria-label="الجهة أو المصدر" />
                  <button type="submit">حفظ</button>
                </PostForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
