import { can } from '../../../newsroom/permissions.js';
import { ROLE_NAMES } from '../../../newsroom/roles.js';
import type { User } from '../../../store/newsroom/index.js';
import type { SiteConfig } from '../../config.js';
import { Fragment, h, raw, type Child, type Raw } from '../../jsx/runtime.js';

/** What every newsroom page may read. */
export interface NewsroomView {
  site: SiteConfig;
  assets: { css: string; newsroomCss: string; newsroomJs: string; editorJs: string; headScript: string };
  user: User | null;
  /** The CSRF token for this page's forms. */
  csrf: string;
  /** A one-line notice at the top (after a redirect), from a fixed list: never user input. */
  notice?: string | null;
  /** Load the editor's script. */
  editor?: boolean;
}

/** The hidden CSRF field every form carries. */
export function Csrf(props: { view: NewsroomView }): Raw {
  return <input type="hidden" name="_csrf" value={props.view.csrf} />;
}

/** A form that posts, with its CSRF field. */
export function PostForm(props: { view: NewsroomView; action: string; className?: string; children?: Child; confirm?: string; multipart?: boolean; id?: string }): Raw {
  return (
    <form
      method="post"
      action={props.action}
      class={props.className}
      id={props.id}
      enctype={props.multipart ? 'multipart/form-data' : undefined}
      data-confirm={props.confirm}
    >
      <Csrf view={props.view} />
      {props.children}
    </form>
  );
}

/** The newsroom's navigation, by what the user may do. */
function Nav(props: { view: NewsroomView; user: User }): Raw {
  const { user, view } = props;
  const actor = { id: user.id, role: user.role, active: user.active };
  return (
    <nav class="nr-nav" aria-label="غرفة الأخبار">
      <ul>
        <li>
          <a href="/newsroom">المقالات</a>
        </li>
        <li>
          <a href="/newsroom/articles/new">مقال جديد</a>
        </li>
        <li>
          <a href="/newsroom/import">استيراد</a>
        </li>
        <li>
          <a href="/newsroom/media">الصور</a>
        </li>
        {can(actor, 'user.manage') ? (
          <li>
            <a href="/newsroom/users">الحسابات</a>
          </li>
        ) : null}
        {can(actor, 'audit.view') ? (
          <li>
            <a href="/newsroom/audit">سجل العمليات</a>
          </li>
        ) : null}
        <li>
          <a href="/newsroom/account">حسابي</a>
        </li>
      </ul>
      <div class="nr-nav__user">
        <span>
          {user.name} <span class="nr-role">({ROLE_NAMES[user.role]})</span>
        </span>
        <PostForm view={view} action="/newsroom/logout" className="nr-inline">
          <button type="submit" class="nr-link">
            تسجيل الخروج
          </button>
        </PostForm>
      </div>
    </nav>
  );
}

/** The newsroom document: RTL Arabic, the site's fonts and styles plus the newsroom's, no inline script but the hashed head one. */
export function NewsroomLayout(props: { view: NewsroomView; title: string; children?: Child }): Raw {
  const { view } = props;
  return (
    <>
      {raw('<!doctype html>')}
      <html lang="ar" dir="rtl">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex, nofollow" />
          <meta name="referrer" content="same-origin" />
          <title>{`${props.title} | غرفة الأخبار | ${view.site.siteName}`}</title>
          <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
          <link rel="stylesheet" href={view.assets.css} />
          <link rel="stylesheet" href={view.assets.newsroomCss} />
          <script>{raw(view.assets.headScript)}</script>
          <script src={view.assets.newsroomJs} defer></script>
          {view.editor ? <script src={view.assets.editorJs} defer></script> : null}
        </head>
        <body class="nr">
          <a class="skip-link" href="#content">
            انتقل إلى المحتوى
          </a>
          <header class="nr-header">
            <a class="nr-header__name" href="/newsroom">
              {view.site.siteName} · غرفة الأخبار
            </a>
            <a class="nr-header__site" href="/">
              الموقع
            </a>
          </header>
          {view.user ? <Nav view={view} user={view.user} /> : null}
          <main id="content" class="nr-main" tabindex="-1">
            {view.notice ? (
              <p class="nr-notice" role="status">
                {view.notice}
              </p>
            ) : null}
            {props.children}
          </main>
        </body>
      </html>
    </>
  );
}
