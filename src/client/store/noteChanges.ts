import type { Note } from '../../domain/records/note';
import type { TriangulateDb } from './db';
import { onNoteWrites } from './noteWrites';

/** Which notes a write touched: their ids, or every note (a cleared table, a range delete). */
export type NoteChange = { ids: string[] } | 'all';

/** One node of the interval tree Dexie reports written keys in ({from,to,l,r}). */
type KeyRangeNode = { from?: unknown; to?: unknown; l?: unknown; r?: unknown };

const isObject = (value: unknown): value is KeyRangeNode => typeof value === 'object' && value !== null;

/**
 * The note ids in one part of a `storagemutated` event, or 'all' when a range in it is
 * not a single string key. Walked as plain objects, not through RangeSet's methods:
 * parts from another tab arrive structured-cloned through Dexie's BroadcastChannel and
 * have lost their prototype.
 */
export function noteIdsIn(tree: unknown): NoteChange {
  const ids: string[] = [];
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isObject(node) || !('from' in node)) continue; // an empty set has no range
    if (typeof node.from !== 'string' || node.from !== node.to) return 'all';
    ids.push(node.from);
    stack.push(node.l, node.r);
  }
  return { ids };
}

/**
 * Calls `onChange` with the notes each committed write to `db`'s note table touched, in
 * this tab or (through Dexie's BroadcastChannel) another tab of the same database.
 * Returns the function that stops listening.
 */
export function watchNoteChanges(db: TriangulateDb, onChange: (change: NoteChange) => void): () => void {
  return onNoteWrites(db, (part) => onChange(noteIdsIn(part)));
}

/** The notes with these ids as they are now (undefined where none is stored), in the same order. */
export function readNotes(db: TriangulateDb, ids: readonly string[]): Promise<(Note | undefined)[]> {
  return db.note.bulkGet([...ids]);
}
