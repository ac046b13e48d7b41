import type { Author, Section } from '../../article/index.js';
import type { SearchResponse } from '../../search/service.js';
import type { Segment } from '../../search/snippet.js';
import { Fragment, h, type Raw } from '../jsx/runtime.js';
import { articlePath } from '../urls.js';
import { Byline } from './byline.js';
import { txt, type ViewContext } from './context.js';
import { Pagination } from './pagination.js';
import { Time } from './time.js';

/** The search form's current values. */
export interface SearchForm {
  q: string;
  section: string;
  /** Author slug, or '' for every author. */
  author: string;
  sort: 'relevance' | 'newest';
  in: 'all' | 'headline' | 'body';
  from: string;
  to: string;
}

/** Text with the matched words in <mark>. */
function Marked(props: { ctx: ViewContext; segments: Segment[] }): Raw {
  return <>{props.segments.map((s) => (s.hit ? <mark>{txt(props.ctx, s.text)}</mark> : txt(props.ctx, s.text)))}</>;
}

/** The search form: a GET form (it changes nothing, so it carries no CSRF token and can be bookmarked). */
function Form(props: { form: SearchForm; sections: readonly Section[]; authors: readonly Author[] }): Raw {
  const { form } = props;
  return (
    <form class="search-form" method="get" action="/search" role="search">
      <label for="q">ابحث في الأخبار</label>
      <div class="search-form__row">
        <input id="q" type="search" name="q" value={form.q} maxlength="1000" autocomplete="off" dir="auto" />
        <button type="submit">بحث</button>
      </div>
      <details class="search-form__more" open={form.section || form.author || form.from || form.to || form.in !== 'all' || form.sort !== 'relevance' ? true : undefined}>
        <summary>خيارات البحث</summary>
        <div class="search-form__filters">
          <label>
            القسم
            <select name="section">
              <option value="">كل الأقسام</option>
              {props.sections.map((s) => (
                <option value={s.slug} selected={s.slug === form.section}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            الكاتب
            <select name="author">
              <option value="">كل الكتّاب</option>
              {props.authors.map((a) => (
                <option value={a.slug} selected={a.slug === form.author}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            البحث في
            <select name="in">
              <option value="all" selected={form.in === 'all'}>كل النص</option>
              <option value="headline" selected={form.in === 'headline'}>العناوين</option>
              <option value="body" selected={form.in === 'body'}>متن المقال</option>
            </select>
          </label>
          <label>
            الترتيب
            <select name="sort">
              <option value="relevance" selected={form.sort === 'relevance'}>الأكثر صلة</option>
              <option value="newest" selected={form.sort === 'newest'}>الأحدث</option>
            </select>
          </label>
          <label>
            من تاريخ
            <input type="date" name="from" value={form.from} />
          </label>
          <label>
            إلى تاريخ
            <input type="date" name="to" value={form.to} />
          </label>
        </div>
      </details>
    </form>
  );
}

/** The search page: form, messages, results with highlighted snippets, pagination. */
export function SearchPage(props: {
  ctx: ViewContext;
  form: SearchForm;
  /** Every author, for the author filter. */
  authors: readonly Author[];
  result: SearchResponse | null;
  href: (page: number) => string;
  suggestionHref: string | null;
}): Raw {
  const { ctx, result } = props;
  return (
    <>
      <h1 class="search-title">البحث</h1>
      <Form form={props.form} sections={ctx.sections} authors={props.authors} />
      {result?.problem ? <p class="search-message" role="status">{result.problem.message}</p> : null}
      {result?.suggestion && props.suggestionHref ? (
        <p class="search-suggestion">
          هل تقصد: <a href={props.suggestionHref}>{result.suggestion}</a>؟
        </p>
      ) : null}
      {result && !result.problem ? (
        <p class="search-count" role="status">
          {result.total === 0
            ? 'لا توجد نتائج مطابقة.'
            : `${txt(ctx, String(result.total))} ${result.total === 1 ? 'نتيجة' : 'نتائج'}${result.relaxed ? ' (بحث موسّع: لم نجد الكلمات كما كُتبت فبحثنا عن كلمات تبدأ بها)' : ''}`}
        </p>
      ) : null}
      {result?.hits.length ? (
        <ol class="search-results">
          {result.hits.map((hit) => (
            <li class="search-result">
              {hit.article.section ? <p class="card__label">{hit.article.kicker ?? hit.article.section.name}</p> : null}
              <h2 class="search-result__headline">
                <a href={articlePath(hit.article)}>
                  <Marked ctx={ctx} segments={hit.headline} />
                </a>
              </h2>
              <p class="search-result__snippet">
                <Marked ctx={ctx} segments={hit.snippet} />
              </p>
              <div class="card__meta">
                <Byline byline={hit.article.byline} authors={hit.article.authors} link={false} className="card__byline" />
                {hit.article.publishedAt ? <Time ctx={ctx} iso={hit.article.publishedAt} /> : null}
              </div>
            </li>
          ))}
        </ol>
      ) : null}
      {result ? <Pagination page={result.page} pages={result.pages} href={props.href} /> : null}
    </>
  );
}
