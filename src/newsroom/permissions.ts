/**
 * Who may do what: one pure function the newsroom pages and the API both ask.
 *
 * - writer: creates articles; sees, edits and submits only their own, and edits only while
 *   the article is a draft (once submitted it is the desk's; the writer may withdraw it);
 *   uploads images; manages their own API tokens.
 * - editor: everything a writer may, on every article and in every state; schedules,
 *   publishes, unpublishes and returns articles; edits image descriptions in the library.
 * - admin: everything an editor may, plus accounts, settings and the audit log.
 * Inactive accounts may do nothing. Unknown actions are refused (least privilege).
 */
import type { Status } from '../article/index.js';
import type { Role } from './roles.js';

/** Something a person may try to do. */
export type Action =
  | 'article.create'
  | 'article.view'
  | 'article.edit'
  | 'article.submit'
  | 'article.withdraw'
  | 'article.return'
  | 'article.schedule'
  | 'article.publish'
  | 'article.unpublish'
  | 'article.list-all'
  | 'media.upload'
  | 'media.edit'
  | 'token.manage'
  | 'user.manage'
  | 'settings.manage'
  | 'audit.view';

/** The facts about a person the rules need. */
export interface Actor {
  id: number;
  role: Role;
  active: boolean;
}

/** The facts about an article the rules need: its state and who created it (null: imported). */
export interface ArticleFacts {
  status: Status;
  ownerId: number | null;
}

const ADMIN_ONLY: ReadonlySet<Action> = new Set(['user.manage', 'settings.manage', 'audit.view']);

/** Whether the writer owns the article. Imported articles (no owner) belong to the desk. */
function owns(user: Actor, article: ArticleFacts | undefined): boolean {
  return article !== undefined && article.ownerId !== null && article.ownerId === user.id;
}

/** What a writer may do. */
function writerCan(user: Actor, action: Action, article: ArticleFacts | undefined): boolean {
  switch (action) {
    case 'article.create':
    case 'media.upload':
    case 'token.manage':
      return true;
    case 'article.view':
      return owns(user, article);
    case 'article.edit':
    case 'article.submit':
      return owns(user, article) && article!.status === 'draft';
    case 'article.withdraw':
      return owns(user, article) && article!.status === 'review';
    default:
      return false;
  }
}

/** Whether `user` may perform `action` (on `article`, for article actions). */
export function can(user: Actor | null | undefined, action: Action, article?: ArticleFacts): boolean {
  if (!user || !user.active) return false;
  switch (user.role) {
    case 'admin':
      return true;
    case 'editor':
      return !ADMIN_ONLY.has(action);
    case 'writer':
      return writerCan(user, action, article);
    default:
      return false;
  }
}
