import type { Kysely } from 'kysely';
import type { Database, MediaRow } from '../schema/index.js';
import type { MediaItem, MediaRepository, MediaVariant } from './types.js';

type Db = Kysely<Database>;

function toItem(r: MediaRow): MediaItem {
  return {
    id: r.id,
    hash: r.hash,
    format: r.format,
    bytes: r.bytes,
    width: r.width,
    height: r.height,
    alt: r.alt,
    caption: r.caption,
    credit: r.credit,
    variants: JSON.parse(r.variants) as MediaVariant[],
    createdAt: r.created_at,
    createdBy: r.created_by,
  };
}

/** Uploaded images and their renditions. */
export function mediaRepository(db: Db): MediaRepository {
  return {
    async add(m) {
      const row = await db
        .insertInto('media')
        .values({
          hash: m.hash,
          format: m.format,
          bytes: m.bytes,
          width: m.width,
          height: m.height,
          alt: m.alt,
          caption: m.caption,
          credit: m.credit,
          variants: JSON.stringify(m.variants),
          created_at: m.createdAt,
          created_by: m.createdBy,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toItem(row);
    },
    async get(id) {
      const row = await db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toItem(row) : null;
    },
    async byHash(hash) {
      const row = await db.selectFrom('media').selectAll().where('hash', '=', hash).executeTakeFirst();
      return row ? toItem(row) : null;
    },
    async list(query) {
      const [rows, total] = await Promise.all([
        db.selectFrom('media').selectAll().orderBy('id', 'desc').limit(query.limit).offset(query.offset ?? 0).execute(),
        db.selectFrom('media').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toItem), total: Number(total.n) };
    },
    async describe(id, fields) {
      await db.updateTable('media').set({ alt: fields.alt, caption: fields.caption, credit: fields.credit }).where('id', '=', id).execute();
    },
  };
}
