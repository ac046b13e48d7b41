import type { Status } from '../../article/index.js';
import type { Action } from '../permissions.js';

/**
 * The workflow as data: each move, the states it leaves from, where it goes, and the right it
 * needs. draft → review → scheduled → published → unpublished, with the ways back an editor
 * needs (return a story to its writer, unschedule, take down).
 */
export const TRANSITIONS = {
  submit: { from: ['draft'], to: 'review', action: 'article.submit', label: 'إرسال للمراجعة' },
  withdraw: { from: ['review'], to: 'draft', action: 'article.withdraw', label: 'سحب من المراجعة' },
  return: { from: ['review', 'scheduled', 'unpublished'], to: 'draft', action: 'article.return', label: 'إعادة إلى المسودات' },
  schedule: { from: ['draft', 'review', 'unpublished'], to: 'scheduled', action: 'article.schedule', label: 'جدولة النشر' },
  publish: { from: ['draft', 'review', 'scheduled', 'unpublished'], to: 'published', action: 'article.publish', label: 'نشر الآن' },
  unpublish: { from: ['published'], to: 'unpublished', action: 'article.unpublish', label: 'إلغاء النشر' },
} as const satisfies Record<string, { from: readonly Status[]; to: Status; action: Action; label: string }>;

/** A move of the workflow. */
export type TransitionName = keyof typeof TRANSITIONS;

/** Every move's name, in the order the editor shows them. */
export const TRANSITION_NAMES = Object.keys(TRANSITIONS) as TransitionName[];

/** How the interface names each state. */
export const STATUS_NAMES: Record<Status, string> = {
  draft: 'مسودة',
  review: 'قيد المراجعة',
  scheduled: 'مجدول',
  published: 'منشور',
  unpublished: 'غير منشور',
};

/** Whether a move may start from a state. */
export function canLeave(name: TransitionName, from: Status): boolean {
  return (TRANSITIONS[name].from as readonly Status[]).includes(from);
}

/**
 * The publish time a move sets. Publishing now keeps an earlier publish time (a story taken
 * down and put back keeps its date) but never leaves a future one; scheduling sets the chosen
 * time; moves back to draft clear it.
 */
export function publishTimeFor(name: TransitionName, current: string | null, now: string, scheduledFor: string | null): string | null {
  switch (name) {
    case 'publish':
      return current !== null && current <= now ? current : now;
    case 'schedule':
      return scheduledFor;
    case 'unpublish':
      return current;
    default:
      return null;
  }
}
