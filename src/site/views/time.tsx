import { h, type Raw } from '../jsx/runtime.js';
import { formatDate, formatDateTime, formatHijri } from '../format/dates.js';
import { dateStyle, type ViewContext } from './context.js';

/** A machine-readable `<time>` with the Arabic date (and time), plus the Hijri date when the site wants it. */
export function Time(props: { ctx: ViewContext; iso: string; withTime?: boolean; itemprop?: string }): Raw {
  const style = dateStyle(props.ctx);
  const shown = props.withTime ? formatDateTime(props.iso, style) : formatDate(props.iso, style);
  return (
    <time datetime={props.iso} itemprop={props.itemprop}>
      {shown}
      {style.hijri ? <span class="hijri"> ({formatHijri(props.iso, style)})</span> : null}
    </time>
  );
}
