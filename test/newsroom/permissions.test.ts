import { describe, expect, it } from 'vitest';
import { can, type Action, type Actor, type ArticleFacts } from '../../src/newsroom/permissions.js';

const writer: Actor = { id: 1, role: 'writer', active: true };
const otherWriter: Actor = { id: 2, role: 'writer', active: true };
const editor: Actor = { id: 3, role: 'editor', active: true };
const admin: Actor = { id: 4, role: 'admin', active: true };
const own = (status: ArticleFacts['status']): ArticleFacts => ({ status, ownerId: 1 });

describe('can(): the role rules', () => {
  it('a writer creates, and edits and submits only their own drafts', () => {
    expect(can(writer, 'article.create')).toBe(true);
    expect(can(writer, 'article.edit', own('draft'))).toBe(true);
    expect(can(writer, 'article.submit', own('draft'))).toBe(true);
    expect(can(otherWriter, 'article.view', own('draft'))).toBe(false);
    expect(can(otherWriter, 'article.edit', own('draft'))).toBe(false);
    expect(can(writer, 'article.edit', { status: 'draft', ownerId: null })).toBe(false);
    expect(can(writer, 'article.edit')).toBe(false);
  });

  it('a writer cannot edit once submitted, may withdraw, and never publishes', () => {
    expect(can(writer, 'article.edit', own('review'))).toBe(false);
    expect(can(writer, 'article.withdraw', own('review'))).toBe(true);
    for (const action of ['article.publish', 'article.schedule', 'article.unpublish', 'article.return', 'article.list-all', 'media.edit'] as Action[]) {
      expect(can(writer, action, own('draft')), action).toBe(false);
    }
    for (const action of ['user.manage', 'settings.manage', 'audit.view'] as Action[]) expect(can(writer, action), action).toBe(false);
  });

  it('an editor does everything to any article but not accounts, settings or the audit log', () => {
    for (const status of ['draft', 'review', 'scheduled', 'published', 'unpublished'] as const) {
      for (const action of ['article.view', 'article.edit', 'article.publish', 'article.schedule', 'article.unpublish', 'article.return'] as Action[]) {
        expect(can(editor, action, { status, ownerId: 1 }), `${action} ${status}`).toBe(true);
      }
    }
    for (const action of ['user.manage', 'settings.manage', 'audit.view'] as Action[]) expect(can(editor, action), action).toBe(false);
  });

  it('an admin may do everything', () => {
    for (const action of ['user.manage', 'settings.manage', 'audit.view', 'article.publish'] as Action[]) expect(can(admin, action, own('review')), action).toBe(true);
  });

  it('an inactive account or no account may do nothing', () => {
    expect(can({ ...admin, active: false }, 'article.view', own('draft'))).toBe(false);
    expect(can(null, 'article.create')).toBe(false);
    expect(can({ id: 9, role: 'guest' as never, active: true }, 'article.create')).toBe(false);
  });
});
