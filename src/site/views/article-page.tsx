import type { Article, ArticleSummary } from '../../article/index.js';
import { Fragment, h, type Raw } from '../jsx/runtime.js';
import { sectionPath } from '../urls.js';
import { ArticleBody } from './body.js';
import type { ArticleAnnotations } from '../../store/annotations/index.js';
import { Byline } from './byline.js';
import { EntityList } from './entity-list.js';
import { QuotesBlock } from './quotes-block.js';
import { txt, type ViewContext } from './context.js';
import { Figure } from './figure.js';
import { RelatedModule } from './related-module.js';
import { StorySoFar } from './story-so-far.js';
import type { StoryView } from '../../related/story-read.js';
import { TextSizeControl } from './text-size.js';
import { Time } from './time.js';
import { VideoBadge } from './video-badge.js';

/** Breadcrumbs: home › section. */
function Breadcrumbs(props: { article: Article }): Raw {
  const { section } = props.article;
  return (
    <nav class="breadcrumbs" aria-label="مسار التصفح">
      <ol>
        <li>
          <a href="/">الرئيسية</a>
        </li>
        {section ? (
          <li>
            <a href={sectionPath(section)}>{section.name}</a>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}

/** Published and (when later) updated times. */
function Dates(props: { ctx: ViewContext; article: Article }): Raw {
  const { article: a, ctx } = props;
  const updated = a.publishedAt && a.updatedAt > a.publishedAt ? a.updatedAt : null;
  return (
    <p class="article__dates">
      {a.publishedAt ? (
        <>
          <span>نُشر في </span>
          <Time ctx={ctx} iso={a.publishedAt} withTime />
        </>
      ) : null}
      {updated ? (
        <>
          <span class="article__updated"> · آخر تحديث </span>
          <Time ctx={ctx} iso={updated} withTime />
        </>
      ) : null}
    </p>
  );
}

/**
 * The `<article>` element: everything on the page made from the article and its annotations
 * alone, which is why it can be rendered once and stored (see site/article-parts.ts).
 */
export function ArticleMain(props: { ctx: ViewContext; article: Article; annotations?: ArticleAnnotations }): Raw {
  const { ctx, article: a } = props;
  return (
    <article class="article" lang="ar">
      <header class="article__header">
        <Breadcrumbs article={a} />
        {a.demo ? <p class="demo-badge">محتوى تجريبي: قصة متخيلة كُتبت لعرض المنصة</p> : null}
        {a.kicker ? <p class="article__kicker">{a.kicker}</p> : null}
        <h1 class="article__headline">{txt(ctx, a.headline)}</h1>
        {a.deck ? <p class="article__deck">{txt(ctx, a.deck)}</p> : null}
        <div class="article__meta">
          <Byline byline={a.byline} authors={a.authors} />
          <Dates ctx={ctx} article={a} />
          {a.hasVideo ? <VideoBadge /> : null}
        </div>
      </header>
      {a.leadImage ? <Figure ctx={ctx} image={a.leadImage} lead label={a.section?.name ?? null} /> : null}
      <TextSizeControl />
      <ArticleBody ctx={ctx} body={a.body} />
      {props.annotations ? (
        <>
          <QuotesBlock ctx={ctx} quotes={props.annotations.quotes} roles={new Map(props.annotations.entities.map((e) => [e.id, e.role]))} />
          <EntityList ctx={ctx} entities={props.annotations.entities} />
        </>
      ) : null}
      {a.tags.length ? (
        <footer class="article__footer">
          <h2 class="visually-hidden">الوسوم</h2>
          <ul class="tags">
            {a.tags.map((t) => (
              <li>{t}</li>
            ))}
          </ul>
        </footer>
      ) : null}
    </article>
  );
}

/** What follows the article: the story so far and the related cards (they change when other articles do). */
export function ArticleAfter(props: { ctx: ViewContext; articleId: number; related: readonly ArticleSummary[]; story?: StoryView | null }): Raw {
  const { ctx } = props;
  return (
    <>
      {props.story ? <StorySoFar ctx={ctx} story={props.story} currentId={props.articleId} /> : null}
      <RelatedModule ctx={ctx} items={props.related} />
    </>
  );
}

/** The article page's main content: every part of the reference page, in its order. */
export function ArticlePage(props: { ctx: ViewContext; article: Article; related: readonly ArticleSummary[]; annotations?: ArticleAnnotations; story?: StoryView | null }): Raw {
  const { ctx, article: a } = props;
  return (
    <>
      <ArticleMain ctx={ctx} article={a} annotations={props.annotations} />
      <ArticleAfter ctx={ctx} articleId={a.id} related={props.related} story={props.story} />
    </>
  );
}
