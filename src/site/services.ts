import type { Analyzer } from '../arabic/analyzer.js';
import type { Store } from '../store/index.js';
import type { AssetBundle } from './assets.js';
import type { SiteConfig } from './config.js';
import type { ViewContext } from './views/context.js';

/** What the reader site's routes need, handed to each route plugin. */
export interface SiteServices {
  store: Store;
  config: SiteConfig;
  assets: AssetBundle;
  /** The current time (injected so tests can fix it). */
  now: () => Date;
  /** The Arabic analyzer in use (a function: it is rebuilt when the stem lexicon is refreshed). */
  analyzer: () => Analyzer;
}

/** The view context for one request: settings, assets and the sections for the navigation. */
export async function viewContext(s: SiteServices): Promise<ViewContext> {
  return { site: s.config, assets: s.assets.urls, sections: await s.store.directory.sections() };
}

/** The filter every public list applies: published, and not in the future. */
export function publicFilter(s: SiteServices) {
  return { status: 'published' as const, publishedBefore: s.now().toISOString() };
}
