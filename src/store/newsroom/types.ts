import type { Status } from '../../article/index.js';

/** The roles a newsroom account can have (the rights are src/newsroom/permissions.ts). */
export type UserRole = 'admin' | 'editor' | 'writer';

/** A newsroom account as the store returns it (never with its password hash). */
export interface User {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  active: boolean;
  /** False until the person has followed the setup link. */
  hasPassword: boolean;
  createdAt: string;
  updatedAt: string;
}

/** What creating an account needs. */
export interface NewUser {
  email: string;
  name: string;
  role: UserRole;
}

/** A stored session (identified by the hash of its cookie value). */
export interface Session {
  idHash: string;
  userId: number;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
}

/** A per-user API token's public facts. */
export interface ApiToken {
  id: number;
  userId: number;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** One line of the audit log. */
export interface AuditEntry {
  id: number;
  at: string;
  userId: number | null;
  /** The actor's e-mail, joined for display (null for the system). */
  userEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  detail: Record<string, unknown>;
  ip: string | null;
}

/** What an audit line records. */
export interface NewAuditEntry {
  at: string;
  userId: number | null;
  action: string;
  targetType?: string | null;
  targetId?: string | number | null;
  detail?: Record<string, unknown>;
  ip?: string | null;
}

/** A saved version of an article's editable fields. */
export interface Revision {
  id: number;
  articleId: number;
  createdAt: string;
  userId: number | null;
  userName: string | null;
  action: string;
  /** The editable fields as saved (JSON-decoded, shape owned by src/newsroom/drafts). */
  snapshot: unknown;
}

/** A status change. */
export interface WorkflowEvent {
  id: number;
  articleId: number;
  from: Status | null;
  to: Status;
  userId: number | null;
  userName: string | null;
  at: string;
  scheduledFor: string | null;
}

/** A status change to make only if the article is still as the caller saw it. */
export interface ConditionalTransition {
  id: number;
  from: Status;
  to: Status;
  publishedAt: string | null;
  updatedAt: string;
  /** Refuse when the stored updatedAt differs (a stale form). */
  expectedUpdatedAt?: string;
}

/** One stored rendition of an uploaded image. */
export interface MediaVariant {
  width: number;
  height: number;
  format: 'avif' | 'webp' | 'jpeg';
  /** File name under the media directory. */
  file: string;
  bytes: number;
}

/** An uploaded image with its newsroom facts. */
export interface MediaItem {
  id: number;
  hash: string;
  format: string;
  bytes: number;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string | null;
  variants: MediaVariant[];
  createdAt: string;
  createdBy: number | null;
}

/** What storing an upload needs. */
export type NewMediaItem = Omit<MediaItem, 'id'>;

/** Accounts and one-time setup links. */
export interface UserRepository {
  create(user: NewUser, now: string): Promise<User>;
  get(id: number): Promise<User | null>;
  byEmail(email: string): Promise<User | null>;
  /** The password hash, for login only. */
  passwordHash(id: number): Promise<string | null>;
  list(): Promise<User[]>;
  count(): Promise<number>;
  setPassword(id: number, hash: string, name: string | null, now: string): Promise<void>;
  update(id: number, fields: { role?: UserRole; active?: boolean }, now: string): Promise<void>;
  addSetupToken(userId: number, tokenHash: string, expiresAt: string, now: string): Promise<void>;
  /** Marks a setup token used and returns its user, only if it is unused and unexpired (one winner). */
  consumeSetupToken(tokenHash: string, now: string): Promise<number | null>;
  /** The user of a usable setup token, without using it (to show the form). */
  peekSetupToken(tokenHash: string, now: string): Promise<number | null>;
}

/** Sessions, looked up by the hash of their cookie value. */
export interface SessionRepository {
  create(session: Session): Promise<void>;
  get(idHash: string): Promise<Session | null>;
  touch(idHash: string, at: string): Promise<void>;
  delete(idHash: string): Promise<void>;
  /** Logout everywhere. Returns how many sessions ended. */
  deleteForUser(userId: number): Promise<number>;
  deleteExpired(now: string): Promise<void>;
  listForUser(userId: number, now: string): Promise<Session[]>;
}

/** Per-user API tokens. */
export interface ApiTokenRepository {
  create(token: { userId: number; name: string; tokenHash: string; prefix: string; createdAt: string }): Promise<ApiToken>;
  byHash(tokenHash: string): Promise<ApiToken | null>;
  listForUser(userId: number): Promise<ApiToken[]>;
  get(id: number): Promise<ApiToken | null>;
  revoke(id: number, at: string): Promise<boolean>;
  touch(id: number, at: string): Promise<void>;
}

/** Failed logins within a window. */
export interface LoginFailureRepository {
  record(scope: 'account' | 'ip', key: string, at: string): Promise<void>;
  /** Failures since `since`, and the latest one's time. */
  count(scope: 'account' | 'ip', key: string, since: string): Promise<{ count: number; latest: string | null }>;
  clear(scope: 'account' | 'ip', key: string): Promise<void>;
  /** Forgets failures older than `before`. */
  prune(before: string): Promise<void>;
}

/** The audit log: append and read. */
export interface AuditRepository {
  append(entry: NewAuditEntry): Promise<void>;
  list(query: { limit: number; offset?: number; userId?: number; targetType?: string; targetId?: string }): Promise<{
    items: AuditEntry[];
    total: number;
  }>;
}

/** Saved versions of articles. */
export interface RevisionRepository {
  add(revision: { articleId: number; createdAt: string; userId: number | null; action: string; snapshot: unknown }): Promise<number>;
  /** Replaces the snapshot of a revision (rolling autosave). */
  replace(id: number, snapshot: unknown, at: string): Promise<void>;
  latest(articleId: number): Promise<Revision | null>;
  get(id: number): Promise<Revision | null>;
  /** Newest first. */
  list(articleId: number, limit: number): Promise<Revision[]>;
  /** The revision saved just before this one, for diffs. */
  previous(articleId: number, id: number): Promise<Revision | null>;
}

/** Ownership, status changes and the scheduler's conditional publishing. */
export interface WorkflowRepository {
  setOwner(articleId: number, userId: number): Promise<void>;
  owner(articleId: number): Promise<number | null>;
  /** Owners of many articles at once. */
  owners(articleIds: readonly number[]): Promise<Map<number, number>>;
  /** Ids of articles a user created, newest first. */
  ownedBy(userId: number): Promise<number[]>;
  /**
   * Takes the row for an edit if it still has `expectedUpdatedAt`; false when it changed.
   * In PostgreSQL this holds the row lock until the transaction ends, so two concurrent saves
   * from the same stale form cannot both pass.
   */
  claim(articleId: number, expectedUpdatedAt: string): Promise<boolean>;
  /** Changes status (and publish time) only if the article is still in `from`; false otherwise. */
  transition(t: ConditionalTransition): Promise<boolean>;
  recordEvent(event: Omit<WorkflowEvent, 'id' | 'userName'>): Promise<void>;
  events(articleId: number): Promise<WorkflowEvent[]>;
  /** Scheduled articles whose time has come, oldest first. */
  due(now: string, limit: number): Promise<Array<{ id: number; publishedAt: string; updatedAt: string }>>;
  exclusions(articleId: number): Promise<number[]>;
  setExclusions(articleId: number, targetIds: readonly number[]): Promise<void>;
}

/** Uploaded images. */
export interface MediaRepository {
  add(item: NewMediaItem): Promise<MediaItem>;
  get(id: number): Promise<MediaItem | null>;
  byHash(hash: string): Promise<MediaItem | null>;
  /** Newest first. */
  list(query: { limit: number; offset?: number }): Promise<{ items: MediaItem[]; total: number }>;
  describe(id: number, fields: { alt: string; caption: string; credit: string | null }): Promise<void>;
}

/** Server secrets kept in the store so every process shares them. */
export interface SecretRepository {
  /** The secret under `name`, created once with `make` (the first writer wins). */
  getOrCreate(name: string, make: () => string): Promise<string>;
}

/** Everything the newsroom stores. */
export interface NewsroomStore {
  users: UserRepository;
  sessions: SessionRepository;
  apiTokens: ApiTokenRepository;
  loginFailures: LoginFailureRepository;
  audit: AuditRepository;
  revisions: RevisionRepository;
  workflow: WorkflowRepository;
  media: MediaRepository;
  secrets: SecretRepository;
}
