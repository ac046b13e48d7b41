import { MidadError, type Article } from '../../article/index.js';
import type { NewsroomContext } from '../context.js';
import { DraftFieldsSchema } from '../drafts/fields.js';
import { saveDraft } from '../drafts/save.js';
import type { Actor } from '../permissions.js';

/**
 * Restores a revision's content as a new save (itself a revision, so a restore can be undone).
 * The workflow state is untouched; the usual rights and the stale-page check apply.
 */
export async function restoreRevision(
  ctx: NewsroomContext,
  actor: Actor,
  articleId: number,
  revisionId: number,
  expectedUpdatedAt: string,
  ip: string | null = null,
): Promise<Article> {
  const revision = await ctx.store.newsroom.revisions.get(revisionId);
  if (!revision || revision.articleId !== articleId) throw new MidadError('ERR_REVISION_NOT_FOUND');
  const fields = DraftFieldsSchema.parse(revision.snapshot);
  return saveDraft(ctx, actor, articleId, fields, expectedUpdatedAt, { kind: 'restore', restoredFrom: revisionId, ip });
}
