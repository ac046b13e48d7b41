import { h, type Raw } from '../jsx/runtime.js';
import { sectionPath } from '../urls.js';
import type { ViewContext } from './context.js';

/** The masthead and the sections navigation. */
export function SiteHeader(props: { ctx: ViewContext }): Raw {
  const { ctx } = props;
  return (
    <header class="masthead">
      <div class="masthead__inner">
        <a class="masthead__name" href="/" rel="home">
          {ctx.site.siteName}
        </a>
        <p class="masthead__tagline">{ctx.site.tagline}</p>
      </div>
      {ctx.sections.length ? (
        <nav class="sections-nav" aria-label="الأقسام">
          <ul>
            {ctx.sections.map((s) => (
              <li>
                <a href={sectionPath(s)}>{s.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
