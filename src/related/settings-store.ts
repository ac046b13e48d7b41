import type { Store } from '../store/index.js';
import { parseSettings, RelatedSettingsSchema, SETTINGS_KEY, type RelatedSettings } from './settings.js';

/** The settings in force (stored ones over the defaults). */
export async function loadSettings(store: Store): Promise<RelatedSettings> {
  return parseSettings(await store.meta.get(SETTINGS_KEY));
}

/** Changes some settings; throws a readable error for a bad value. Lists change on the next write or rebuild. */
export async function saveSettings(store: Store, changes: Partial<Record<string, unknown>>): Promise<RelatedSettings> {
  const current = await loadSettings(store);
  const next = RelatedSettingsSchema.parse({ ...current, ...changes });
  await store.meta.set(SETTINGS_KEY, JSON.stringify(next));
  return next;
}
