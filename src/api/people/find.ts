import { MidadError } from '../../article/index.js';
import type { StoredEntity } from '../../store/annotations/index.js';
import { parseEntityRef } from '../../site/views/entity-urls.js';
import type { ApiServices } from '../services.js';

/** A person by id or `{id}-{slug}`, merges followed; 404 for anything else (places, rejected names). */
export async function findPerson(s: ApiServices, ref: string): Promise<StoredEntity> {
  const parsed = parseEntityRef(ref);
  let e = parsed ? await s.store.annotations.entity(parsed.id) : null;
  for (let hops = 0; e?.mergedInto && hops < 8; hops++) e = await s.store.annotations.entity(e.mergedInto);
  if (!e || e.kind !== 'person' || e.rejected || e.mergedInto) throw new MidadError('ERR_ENTITY_NOT_FOUND', undefined, 'ref');
  return e;
}
