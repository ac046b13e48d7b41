/**
 * One editor's correction, as a pipeline: rights → one transaction (the correction, its audit
 * entry, and the change-log tags of every page it changes) → the result. Corrections are the
 * desk's work: editors and admins, the people who may publish.
 */
import type { FastifyRequest } from 'fastify';
import { MidadError } from '../../../article/index.js';
import { recordAudit } from '../../../newsroom/audit/record.js';
import { can, type Actor } from '../../../newsroom/permissions.js';
import type { Store } from '../../../store/index.js';
import type { Touched } from '../../../store/annotations/index.js';
import { annotationTags } from '../../cache/tags.js';
import { actorOf, ipOf, type NewsroomServices } from '../services.js';

/** Whether someone may correct annotations: whoever may publish (editors and admins). */
export function canCorrect(actor: Actor | null): boolean {
  return can(actor, 'article.publish');
}

/** The signed-in actor, refused unless they may correct. */
export function correctorOf(request: FastifyRequest): Actor {
  const actor = actorOf(request);
  if (!canCorrect(actor)) throw new MidadError('ERR_FORBIDDEN');
  return actor;
}

/** What a correction is, for the audit log. */
export interface CorrectionEvent {
  action: 'entity.rename' | 'entity.merge' | 'entity.reject' | 'quote.speaker';
  targetType: 'entity' | 'quote';
  targetId: number;
  detail: Record<string, unknown>;
}

/** Runs a correction with its audit entry and cache invalidation, all in one transaction. */
export async function applyCorrection(
  s: NewsroomServices,
  request: FastifyRequest,
  event: CorrectionEvent,
  run: (store: Store, by: { userId: number }) => Promise<Touched>,
): Promise<Touched> {
  const actor = correctorOf(request);
  return s.newsroom.store.transaction(async (tx) => {
    const touched = await run(tx, { userId: actor.id });
    await recordAudit(tx, { at: s.newsroom.now().toISOString(), userId: actor.id, ...event, ip: ipOf(request) });
    await tx.changes.append(annotationTags(touched));
    return touched;
  });
}
