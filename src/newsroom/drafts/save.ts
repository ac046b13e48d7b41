import { MidadError, type Article } from '../../article/index.js';
import type { Store } from '../../store/index.js';
import { loadArticle } from '../articles/access.js';
import { recordAudit } from '../audit/record.js';
import type { NewsroomContext } from '../context.js';
import { can, type Actor } from '../permissions.js';
import { fieldsOf, inputFor, type DraftFields } from './fields.js';

/** Why a save happened; each is a revision. */
export type SaveKind = 'save' | 'autosave' | 'restore' | 'api';

/** Background saves by the same person within this span update one revision instead of adding many. */
const AUTOSAVE_COALESCE_MS = 10 * 60_000;

/** Where a save came from. */
export interface SaveMeta {
  kind: SaveKind;
  ip?: string | null;
  /** For restores: the revision restored. */
  restoredFrom?: number;
}

/** Our ids of the references (ids, external ids, slugs) that resolve; unknown ones are dropped. */
async function resolveRefs(store: Store, refs: readonly string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const ref of refs) {
    const found = await store.articles.resolve(ref);
    if (found) ids.push(found.article.id);
  }
  return ids;
}

/** An instant strictly after `previous`: two saves in one millisecond must still differ, or a stale form could pass. */
function nextStamp(now: Date, previous: string): string {
  const after = Date.parse(previous) + 1;
  return new Date(Math.max(now.getTime(), after)).toISOString();
}

/** Records the revision of a save (rolling background saves into one). */
async function addRevision(tx: Store, article: Article, exclusions: number[], actorId: number, at: string, meta: SaveMeta): Promise<void> {
  const snapshot = fieldsOf(article, exclusions);
  if (meta.kind === 'autosave') {
    const last = await tx.newsroom.revisions.latest(article.id);
    if (last && last.action === 'autosave' && last.userId === actorId && Date.parse(at) - Date.parse(last.createdAt) < AUTOSAVE_COALESCE_MS) {
      await tx.newsroom.revisions.replace(last.id, snapshot, at);
      return;
    }
  }
  await tx.newsroom.revisions.add({ articleId: article.id, createdAt: at, userId: actorId, action: meta.kind, snapshot });
}

/** Creates a draft owned by the actor, with its first revision and event. */
export async function createDraft(ctx: NewsroomContext, actor: Actor, fields: DraftFields, meta: SaveMeta): Promise<Article> {
  if (!can(actor, 'article.create')) throw new MidadError('ERR_FORBIDDEN');
  const at = ctx.now().toISOString();
  return ctx.store.transaction(async (tx) => {
    const input = { ...inputFor(fields, null), updatedAt: at };
    const article = await tx.articles.create(input);
    const exclusions = await resolveRefs(tx, fields.exclusions);
    await tx.newsroom.workflow.setExclusions(article.id, exclusions);
    await tx.newsroom.workflow.setOwner(article.id, actor.id);
    await tx.newsroom.workflow.recordEvent({ articleId: article.id, from: null, to: 'draft', userId: actor.id, at, scheduledFor: null });
    await tx.newsroom.revisions.add({ articleId: article.id, createdAt: at, userId: actor.id, action: 'create', snapshot: fieldsOf(article, exclusions) });
    await recordAudit(tx, { at, userId: actor.id, action: 'article.create', targetType: 'article', targetId: article.id, detail: { via: meta.kind }, ip: meta.ip });
    return article;
  });
}

/**
 * Saves the editor's fields over an article, as a new revision. Refused with
 * ERR_ARTICLE_CONFLICT when the article changed since the form was opened (`expectedUpdatedAt`
 * is the updatedAt the form was rendered with): nothing is ever silently overwritten.
 */
export async function saveDraft(
  ctx: NewsroomContext,
  actor: Actor,
  id: number,
  fields: DraftFields,
  expectedUpdatedAt: string,
  meta: SaveMeta,
): Promise<Article> {
  const found = await loadArticle(ctx, id);
  if (!found || !can(actor, 'article.view', found.facts)) throw new MidadError('ERR_ARTICLE_NOT_FOUND');
  if (!can(actor, 'article.edit', found.facts)) throw new MidadError('ERR_FORBIDDEN');
  const now = ctx.now();
  const at = now.toISOString();
  return ctx.store.transaction(async (tx) => {
    if (!(await tx.newsroom.workflow.claim(id, expectedUpdatedAt))) throw new MidadError('ERR_ARTICLE_CONFLICT');
    const current = (await tx.articles.get(id))!;
    const neverPublished = current.publishedAt === null;
    const input = { ...inputFor(fields, current), updatedAt: nextStamp(now, current.updatedAt) };
    // Until it is published, the slug follows the headline; after, links must not move.
    if (neverPublished && fields.headline !== current.headline) delete input.slug;
    const article = await tx.articles.update(id, input, { expectedUpdatedAt, regenerateSlug: neverPublished });
    const exclusions = await resolveRefs(tx, fields.exclusions);
    await tx.newsroom.workflow.setExclusions(id, exclusions);
    await addRevision(tx, article, exclusions, actor.id, at, meta);
    if (meta.kind !== 'autosave') {
      await recordAudit(tx, {
        at,
        userId: actor.id,
        action: meta.kind === 'restore' ? 'article.restore' : 'article.save',
        targetType: 'article',
        targetId: id,
        detail: { via: meta.kind, ...(meta.restoredFrom ? { revision: meta.restoredFrom } : {}) },
        ip: meta.ip,
      });
    }
    return article;
  });
}
