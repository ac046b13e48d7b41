import type { FieldIssue } from '../../../article/index.js';
import { h, type Raw } from '../../jsx/runtime.js';
import { FieldError, issuesFor } from './issues.js';

/** Field ids: form paths with dots made safe (`blocks.3.text` → `f-blocks-3-text`). */
export function fieldId(path: string): string {
  return 'f-' + path.replace(/[^a-zA-Z0-9_-]/g, '-');
}

interface FieldProps {
  name: string;
  label: string;
  value: string;
  issues: readonly FieldIssue[];
  hint?: string;
  required?: boolean;
  maxlength?: number;
  rows?: number;
  /** Render a textarea. */
  multiline?: boolean;
  list?: string;
  type?: string;
  dir?: 'auto' | 'ltr';
  className?: string;
  /** Counts toward the live word count. */
  counted?: boolean;
}

/** A labelled input or textarea with its hint and error, wired for assistive technology. */
export function Field(p: FieldProps): Raw {
  const id = fieldId(p.name);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const invalid = issuesFor(p.issues, p.name).length > 0;
  const describedBy = [p.hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: p.name,
    required: p.required,
    maxlength: p.maxlength,
    dir: p.dir,
    'aria-invalid': invalid ? 'true' : undefined,
    'aria-describedby': describedBy,
    'data-count': p.counted ? '' : undefined,
  };
  return (
    <div class={`nr-field ${p.className ?? ''}`.trim()}>
      <label for={id}>{p.label}</label>
      {p.hint ? (
        <p class="nr-hint" id={hintId}>
          {p.hint}
        </p>
      ) : null}
      {p.multiline ? (
        <textarea {...common} rows={p.rows ?? 3}>
          {p.value}
        </textarea>
      ) : (
        <input {...common} type={p.type ?? 'text'} value={p.value} list={p.list} />
      )}
      <FieldError issues={p.issues} path={p.name} id={errorId} />
    </div>
  );
}
