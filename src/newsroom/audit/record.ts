import type { Store } from '../../store/index.js';

/** One thing that happened, for the audit log. Never put secrets in `detail`. */
export interface AuditEvent {
  at: string;
  userId: number | null;
  action: string;
  targetType?: string;
  targetId?: string | number;
  detail?: Record<string, unknown>;
  ip?: string | null;
}

/** Appends to the audit log (inside the caller's transaction when `store` is one). */
export function recordAudit(store: Store, event: AuditEvent): Promise<void> {
  return store.newsroom.audit.append(event);
}
