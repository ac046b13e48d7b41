import type { FieldChange } from '../../../newsroom/revisions/compare.js';
import { h, type Raw } from '../../jsx/runtime.js';

/** Changes field by field, words added in <ins> and removed in <del> (announced by screen readers). */
export function ChangeList(props: { changes: readonly FieldChange[] }): Raw {
  if (!props.changes.length) return <p class="nr-hint">لا فروق.</p>;
  return (
    <dl class="nr-diff">
      {props.changes.map((c) => (
        <div class={`nr-diff__item nr-diff__item--${c.change}`} data-key={c.key}>
          <dt>{c.label}</dt>
          <dd>
            {c.segments.map((s) =>
              s.op === 'same' ? (
                <span>{s.text}</span>
              ) : s.op === 'add' ? (
                <ins>
                  <span class="visually-hidden">أُضيف: </span>
                  {s.text}
                </ins>
              ) : (
                <del>
                  <span class="visually-hidden">حُذف: </span>
                  {s.text}
                </del>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
