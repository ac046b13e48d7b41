import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/site/app.js';
import { DEFAULT_SITE_CONFIG, type SiteConfig } from '../../src/site/config.js';
import type { Store } from '../../src/store/index.js';

/** The instant the site under test believes it is. */
export const TEST_NOW = new Date('2026-11-29T12:00:00Z');

/** The reader site over a store, with a fixed clock and no logger. */
export function buildTestApp(store: Store, config: Partial<SiteConfig> = {}): Promise<FastifyInstance> {
  // Tests stand for clients behind a proxy (X-Forwarded-For), and go through inject (no page cache).
  return buildApp({ store, config: { ...DEFAULT_SITE_CONFIG, ...config }, now: () => TEST_NOW, trustProxy: true });
}

/** Count of matches of a pattern in a text. */
export function count(text: string, pattern: RegExp): number {
  return (text.match(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g')) ?? []).length;
}
