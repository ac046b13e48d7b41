import type { Kysely } from 'kysely';
import type { Database } from '../schema/index.js';
import { apiTokenRepository } from './api-tokens.js';
import { auditRepository } from './audit.js';
import { loginFailureRepository } from './login-failures.js';
import { mediaRepository } from './media.js';
import { revisionRepository } from './revisions.js';
import { secretRepository } from './secrets.js';
import { sessionRepository } from './sessions.js';
import type { NewsroomStore } from './types.js';
import { userRepository } from './users.js';
import { workflowRepository } from './workflow.js';

/** The newsroom's repositories over one Kysely instance (or transaction). */
export function newsroomStore(db: Kysely<Database>): NewsroomStore {
  return {
    users: userRepository(db),
    sessions: sessionRepository(db),
    apiTokens: apiTokenRepository(db),
    loginFailures: loginFailureRepository(db),
    audit: auditRepository(db),
    revisions: revisionRepository(db),
    workflow: workflowRepository(db),
    media: mediaRepository(db),
    secrets: secretRepository(db),
  };
}

/** The newsroom's record and repository types. */
export type * from './types.js';
