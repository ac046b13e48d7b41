import { MidadError, type Article } from '../../article/index.js';
import { loadArticle } from '../articles/access.js';
import { recordAudit } from '../audit/record.js';
import type { NewsroomContext } from '../context.js';
import { can, type Actor } from '../permissions.js';
import { canLeave, publishTimeFor, TRANSITIONS, type TransitionName } from './transitions.js';

/** A requested move, with the version of the article the person was looking at. */
export interface TransitionRequest {
  name: TransitionName;
  expectedUpdatedAt: string;
  /** For `schedule`: when to publish (ISO). */
  scheduledFor?: string | null;
  ip?: string | null;
}

/** An instant strictly after `previous` and not before `floor`. */
function stampAfter(previous: string, floor: string): string {
  return new Date(Math.max(Date.parse(floor), Date.parse(previous) + 1)).toISOString();
}

/**
 * Moves an article through the workflow, recording who and when. Refuses moves the state does
 * not allow, moves the person has no right to, schedules in the past, and stale pages.
 */
export async function transitionArticle(ctx: NewsroomContext, actor: Actor, id: number, req: TransitionRequest): Promise<Article> {
  const t = TRANSITIONS[req.name];
  const found = await loadArticle(ctx, id);
  if (!found || !can(actor, 'article.view', found.facts)) throw new MidadError('ERR_ARTICLE_NOT_FOUND');
  if (!can(actor, t.action, found.facts)) throw new MidadError('ERR_FORBIDDEN');
  const { article } = found;
  if (!canLeave(req.name, article.status)) throw new MidadError('ERR_TRANSITION_NOT_ALLOWED');
  const now = ctx.now().toISOString();
  let scheduledFor: string | null = null;
  if (req.name === 'schedule') {
    const when = req.scheduledFor ? Date.parse(req.scheduledFor) : NaN;
    if (Number.isNaN(when) || when <= Date.parse(now)) throw new MidadError('ERR_SCHEDULE_INVALID', undefined, 'scheduledFor');
    scheduledFor = new Date(when).toISOString();
  }
  const publishedAt = publishTimeFor(req.name, article.publishedAt, now, scheduledFor);
  return ctx.store.transaction(async (tx) => {
    const moved = await tx.newsroom.workflow.transition({
      id,
      from: article.status,
      to: t.to,
      publishedAt,
      updatedAt: stampAfter(article.updatedAt, now),
      expectedUpdatedAt: req.expectedUpdatedAt,
    });
    if (!moved) throw new MidadError('ERR_ARTICLE_CONFLICT');
    await tx.newsroom.workflow.recordEvent({ articleId: id, from: article.status, to: t.to, userId: actor.id, at: now, scheduledFor });
    await recordAudit(tx, {
      at: now,
      userId: actor.id,
      action: `article.${req.name}`,
      targetType: 'article',
      targetId: id,
      detail: { from: article.status, to: t.to, ...(scheduledFor ? { scheduledFor } : {}) },
      ip: req.ip,
    });
    return (await tx.articles.get(id))!;
  });
}
