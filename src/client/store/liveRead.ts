import { liveQuery } from 'dexie';

/** A read kept live: it answers again whenever a write touches what it read (Dexie's liveQuery). */
export function liveRead<T>(read: () => Promise<T> | T) {
  return liveQuery(read);
}
