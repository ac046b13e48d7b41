import type { ColumnDefinitionBuilder } from 'kysely';

/** Which database a store talks to. Only code inside store/ may ask. */
export type DialectName = 'sqlite' | 'postgres';

/** What differs between the dialects, as flags and small builders with one meaning each. */
export interface DialectInfo {
  name: DialectName;
  /** The column type of an auto-incrementing integer key. */
  idType: 'integer' | 'serial';
  /** Adds the dialect's auto-increment to a primary-key column. */
  autoIncrement(col: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
}

/** SQLite: INTEGER PRIMARY KEY AUTOINCREMENT (ids are never reused after deletes). */
export const SQLITE: DialectInfo = {
  name: 'sqlite',
  idType: 'integer',
  autoIncrement: (col) => col.primaryKey().autoIncrement(),
};

/** PostgreSQL: a serial key. */
export const POSTGRES: DialectInfo = {
  name: 'postgres',
  idType: 'serial',
  autoIncrement: (col) => col.primaryKey(),
};
