import type { Generated, Selectable } from 'kysely';

/**
 * The newsroom's tables: accounts, sessions, tokens, the audit log, revisions, workflow
 * events, media. Secrets (passwords, session ids, setup and API tokens) are stored only as
 * hashes. Instants are ISO 8601 UTC text and flags 0/1 integers, like the core tables.
 */
export interface NewsroomTables {
  users: UsersTable;
  user_setup_tokens: UserSetupTokensTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_failures: LoginFailuresTable;
  audit_log: AuditLogTable;
  revisions: RevisionsTable;
  article_owners: ArticleOwnersTable;
  workflow_events: WorkflowEventsTable;
  article_exclusions: ArticleExclusionsTable;
  media: MediaTable;
}

/** Newsroom accounts. */
export interface UsersTable {
  id: Generated<number>;
  /** Lower-cased; the login name. */
  email: string;
  name: string;
  /** admin | editor | writer */
  role: string;
  /** argon2id PHC string; null until the account is set up. */
  password_hash: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

/** One-time links that let a person choose a password (new account or reset). */
export interface UserSetupTokensTable {
  token_hash: string;
  user_id: number;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

/** Open logins. */
export interface SessionsTable {
  /** SHA-256 of the cookie value: a database leak does not hand out live sessions. */
  id_hash: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

/** Per-user tokens of the write API. */
export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  /** The token's first characters, so a person can tell tokens apart. */
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** Failed logins, per account and per client address, for the lock-out window. */
export interface LoginFailuresTable {
  id: Generated<number>;
  /** account | ip */
  scope: string;
  key: string;
  at: string;
}

/** Who did what, when, from where. */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  /** Null for the system (the scheduler) and for anonymous attempts. */
  user_id: number | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  /** JSON object with the facts of the action; never secrets. */
  detail: string;
  ip: string | null;
}

/** Every save of an article's editable fields, as a JSON snapshot. */
export interface RevisionsTable {
  id: Generated<number>;
  article_id: number;
  created_at: string;
  user_id: number | null;
  /** create | save | autosave | restore | api */
  action: string;
  snapshot: string;
}

/** Who created an article in the newsroom: writers may edit only their own drafts. */
export interface ArticleOwnersTable {
  article_id: number;
  user_id: number;
}

/** Status changes, with who and when. */
export interface WorkflowEventsTable {
  id: Generated<number>;
  article_id: number;
  from_status: string | null;
  to_status: string;
  user_id: number | null;
  at: string;
  /** For scheduling: when the article is to be published. */
  scheduled_for: string | null;
}

/** Articles an editor keeps out of an article's related module. */
export interface ArticleExclusionsTable {
  article_id: number;
  target_id: number;
  position: number;
}

/** Uploaded images and their renditions. */
export interface MediaTable {
  id: Generated<number>;
  /** SHA-256 of the uploaded bytes (hex): names the files and de-duplicates uploads. */
  hash: string;
  /** Detected format of the upload (jpeg, png, webp, avif, gif). */
  format: string;
  bytes: number;
  /** Size after orientation; the largest rendition is at most this wide. */
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string | null;
  /** JSON of the renditions: [{ width, height, format, file, bytes }]. */
  variants: string;
  created_at: string;
  created_by: number | null;
}

/** A users row. */
export type UserRow = Selectable<UsersTable>;
/** A sessions row. */
export type SessionRow = Selectable<SessionsTable>;
/** An api_tokens row. */
export type ApiTokenRow = Selectable<ApiTokensTable>;
/** An audit_log row. */
export type AuditRow = Selectable<AuditLogTable>;
/** A revisions row. */
export type RevisionRow = Selectable<RevisionsTable>;
/** A media row. */
export type MediaRow = Selectable<MediaTable>;
