import Dexie from 'dexie';
import type { TriangulateDb } from './db';

/**
 * Calls `onWrite` with the note table's part of each committed write to `db` (the keys
 * it touched, as Dexie reports them), in this tab or (through Dexie's BroadcastChannel)
 * another tab of the same database. Returns the function that stops listening.
 */
export function onNoteWrites(db: TriangulateDb, onWrite: (part: unknown) => void): () => void {
  const part = `idb://${db.name}/note/`;
  const listener = (parts: Record<string, unknown>) => {
    if (part in parts) onWrite(parts[part]);
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
