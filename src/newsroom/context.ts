import type { Store } from '../store/index.js';
import type { NewsroomConfig } from './config.js';
import type { ParseDraft } from './drafts/parse-draft.js';

/** What the newsroom's services need: the store, the clock, the settings and the draft parser. */
export interface NewsroomContext {
  store: Store;
  /** The current time (injected so tests can move it). */
  now: () => Date;
  config: NewsroomConfig;
  /** Turns a pasted page dump, HTML or URL into a draft (the import service's seam). */
  parseDraft: ParseDraft;
}

/** The current time as the store writes it. */
export function nowIso(ctx: Pick<NewsroomContext, 'now'>): string {
  return ctx.now().toISOString();
}
