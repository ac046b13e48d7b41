import { Fragment, h, raw, type Child, type Raw } from '../jsx/runtime.js';
import type { ViewContext } from './context.js';
import { SiteFooter } from './footer.js';
import { SiteHeader } from './header.js';

/** Per-page head facts. */
export interface PageMeta {
  title: string;
  description?: string;
  /** Absolute canonical URL. */
  canonical?: string;
  /** Extra head markup (structured data, social cards), built by us. */
  head?: Raw;
  /** Keep crawlers off (error pages, search results). */
  noindex?: boolean;
}

/** The document shell: RTL Arabic, skip link, header, main, footer. */
export function Layout(props: { ctx: ViewContext; meta: PageMeta; children?: Child }): Raw {
  const { ctx, meta } = props;
  const title = meta.title === ctx.site.siteName ? meta.title : `${meta.title} | ${ctx.site.siteName}`;
  return (
    <>
      {raw('<!doctype html>')}
      <html lang="ar" dir="rtl">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{title}</title>
          {meta.description ? <meta name="description" content={meta.description} /> : null}
          {meta.canonical ? <link rel="canonical" href={meta.canonical} /> : null}
          {meta.noindex ? <meta name="robots" content="noindex" /> : null}
          <meta name="color-scheme" content="light dark" />
          <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
          <meta name="theme-color" content="#1d3b53" media="(prefers-color-scheme: light)" />
          <meta name="theme-color" content="#10151b" media="(prefers-color-scheme: dark)" />
          {ctx.assets.preloadFonts.map((href) => (
            <link rel="preload" href={href} as="font" type="font/woff2" crossorigin="anonymous" />
          ))}
          <link rel="stylesheet" href={ctx.assets.css} />
          <link rel="stylesheet" href={ctx.assets.printCss} media="print" />
          <script>{raw(ctx.assets.headScript)}</script>
          <script src={ctx.assets.textSizeJs} defer></script>
          {meta.head ?? null}
        </head>
        <body>
          <a class="skip-link" href="#content">
            انتقل إلى المحتوى
          </a>
          <SiteHeader ctx={ctx} />
          <main id="content" tabindex="-1">
            {props.children}
          </main>
          <SiteFooter ctx={ctx} />
        </body>
      </html>
    </>
  );
}
