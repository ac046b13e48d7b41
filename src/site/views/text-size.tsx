import { h, type Raw } from '../jsx/runtime.js';

/**
 * The text-size control: smaller / default / larger, announced through a polite live region.
 * It is hidden until the script runs (html.js), because without scripts it could do nothing;
 * the page reads at the default size then. The script (assets/js/text-size.js) remembers the
 * choice in localStorage, and the head script applies it before the first paint.
 */
export function TextSizeControl(): Raw {
  return (
    <div class="text-size" role="group" aria-label="حجم النص" data-text-size-control>
      <span class="text-size__label" aria-hidden="true">
        حجم النص
      </span>
      <button type="button" class="text-size__btn" data-step="-1" aria-label="تصغير النص">
        <span aria-hidden="true">أ−</span>
      </button>
      <button type="button" class="text-size__btn" data-step="0" aria-label="الحجم الافتراضي للنص">
        <span aria-hidden="true">أ</span>
      </button>
      <button type="button" class="text-size__btn" data-step="1" aria-label="تكبير النص">
        <span aria-hidden="true">أ+</span>
      </button>
      <span class="visually-hidden" role="status" aria-live="polite" data-text-size-status></span>
    </div>
  );
}
