import type { FieldIssue } from '../../../article/index.js';
import { h, type Raw } from '../../jsx/runtime.js';

/** zod's English reasons, said in Arabic (ours are written in Arabic already). */
export function arabicReason(message: string): string {
  if (/[\u0600-\u06FF]/.test(message)) return message;
  if (/must not be empty|too small|>=1|required/i.test(message)) return 'هذا الحقل مطلوب';
  if (/too big|<=/i.test(message)) return 'النص أطول من المسموح';
  if (/date|datetime/i.test(message)) return 'تاريخ غير صالح';
  return 'قيمة غير صالحة';
}

/** The issues of one field, for its aria-describedby. */
export function issuesFor(issues: readonly FieldIssue[], path: string): FieldIssue[] {
  return issues.filter((i) => i.path === path || i.path.startsWith(path + '.'));
}

/** A field's error text under it. */
export function FieldError(props: { issues: readonly FieldIssue[]; path: string; id: string }): Raw | null {
  const mine = issuesFor(props.issues, props.path);
  if (!mine.length) return null;
  return (
    <p class="nr-field-error" id={props.id}>
      {mine.map((i) => arabicReason(i.message)).join('، ')}
    </p>
  );
}

/** The summary of every problem at the top of a form, linking to each field. */
export function IssueSummary(props: { issues: readonly FieldIssue[]; labels?: (path: string) => string }): Raw | null {
  if (!props.issues.length) return null;
  return (
    <div class="nr-error-summary" role="alert" tabindex="-1">
      <h2>لم يُحفظ المقال: راجع الحقول التالية</h2>
      <ul>
        {props.issues.map((i) => (
          <li>
            {props.labels ? `${props.labels(i.path)}: ` : ''}
            {arabicReason(i.message)}
          </li>
        ))}
      </ul>
    </div>
  );
}
