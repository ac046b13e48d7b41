import { h, type Raw } from '../jsx/runtime.js';
import type { ViewContext } from './context.js';

/** The page footer. */
export function SiteFooter(props: { ctx: ViewContext }): Raw {
  return (
    <footer class="site-footer">
      <p>
        {props.ctx.site.siteName} — منصة نشر إخباري عربية. المقالات الموسومة «محتوى تجريبي» قصص متخيلة كُتبت لعرض
        المنصة، وأشخاصها غير حقيقيين.
      </p>
    </footer>
  );
}
