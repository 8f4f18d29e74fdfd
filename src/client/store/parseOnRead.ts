import type { DBCore, DBCoreCursor, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { z } from 'zod';
import { tombstoneSchema } from '../../domain/records/tombstone';
import type { UnreadableRecords } from './unreadableRecords';

/** What a read made of one stored row: the parsed row, or `unreadable` (left out of the read). */
const unreadable = Symbol('unreadable');
type Read = (stored: unknown) => unknown;

/**
 * Every row read from IndexedDB goes through its table's schema before the app sees it,
 * in this one place (a Dexie DBCore middleware) rather than in each query. Fields added
 * after a row was stored get their schema defaults, as Excalidraw restores what it reads.
 *
 * A row that still does not parse is never thrown away and never crashes a screen: it
 * stays in IndexedDB as stored, is reported in `unreadableRecords`, and is left out of
 * what the app reads (not in lists, `undefined` from get and bulkGet). Dexie's own
 * read-modify-write (Table.update, Collection.modify, bulkUpdate) still gets it as
 * stored, so an update keeps it rather than taking it for missing.
 *
 * A record erased to its bare tombstone (`{id, rev, deleted}`, tombstone.ts) in one of
 * the `erasable` tables is valid but has nothing to show: it is left out of reads the
 * same way, without being counted as unreadable, so screens only ever see whole records.
 *
 * Upgrade transactions read rows as the earlier version stored them: their steps
 * (dbUpgrades.ts) are written against that shape.
 */
export function parseOnRead(
  schemas: Readonly<Record<string, z.ZodType>>,
  unreadableRecords: UnreadableRecords,
  erasable: ReadonlySet<string> = new Set(),
): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'ParseOnRead',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        const schema = schemas[name];
        return schema ? parsingTable(table, schema, unreadableRecords, erasable.has(name)) : table;
      },
    }),
  };
}

function parsingTable(
  table: DBCoreTable,
  schema: z.ZodType,
  unreadableRecords: UnreadableRecords,
  erasable: boolean,
): DBCoreTable {
  const keyOf = table.schema.primaryKey.extractKey ?? (() => undefined);
  const read: Read = (stored) => {
    if (stored === undefined) return undefined; // get of a key not stored
    const result = schema.safeParse(stored);
    if (!result.success) {
      if (erasable && tombstoneSchema.safeParse(stored).success) return unreadable;
      unreadableRecords.found(table.name, keyOf(stored), result.error);
      return unreadable;
    }
    if (unreadableRecords.count > 0) unreadableRecords.readable(table.name, keyOf(stored));
    return result.data;
  };
  return {
    ...table,
    get: (req) =>
      duringUpgrade(req.trans)
        ? table.get(req)
        : table.get(req).then((stored) => {
            const parsed = read(stored);
            return parsed === unreadable ? undefined : parsed;
          }),
    getMany: (req) =>
      duringUpgrade(req.trans)
        ? table.getMany(req)
        : table.getMany(req).then((rows) =>
            rows.map((stored) => {
              const parsed = read(stored);
              // `cache` is set only by Dexie's read-modify-write, never by the app's bulkGet.
              if (parsed === unreadable) return req.cache ? stored : undefined;
              return parsed;
            }),
          ),
    query: (req) =>
      !req.values || duringUpgrade(req.trans)
        ? table.query(req)
        : table.query(req).then((response) => {
            const result: unknown[] = [];
            for (const stored of response.result) {
              const parsed = read(stored);
              if (parsed !== unreadable) result.push(parsed);
            }
            return { ...response, result };
          }),
    openCursor: (req) =>
      !req.values || duringUpgrade(req.trans)
        ? table.openCursor(req)
        : table.openCursor(req).then((cursor) => cursor && parsingCursor(cursor, read)),
  };
}

/**
 * The cursor seen through the schema: its value is the parsed row, and unreadable rows
 * are stepped over before the caller sees them. Built like Dexie's own virtual-index
 * cursor: IDBCursor's getters must run on the real cursor, not on an object made from it.
 */
function parsingCursor(cursor: DBCoreCursor, read: Read): DBCoreCursor {
  let value: unknown;
  const wrapped: DBCoreCursor = Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: { get: () => value },
    start: {
      value: (onNext: () => void) =>
        cursor.start(() => {
          const parsed = read(cursor.value);
          if (parsed === unreadable) {
            cursor.continue();
            return;
          }
          value = parsed;
          onNext();
        }),
    },
  });
  return wrapped;
}

function duringUpgrade(trans: DBCoreTransaction): boolean {
  return 'mode' in trans && trans.mode === 'versionchange';
}
