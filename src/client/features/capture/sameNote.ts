import type { Note } from '../../../domain/records/note';

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, index) => sameValue(value, b[index]));
  }
  // Conflicts are small objects, fresh from each read: compare what they say.
  return typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Whether two reads of a note say the same thing. Each keystroke re-reads every note of
 * the session as new objects; rows compare with this to re-render only the note that
 * changed. Not just id/rev/updatedAt: two local edits within one millisecond share those.
 */
export function sameNote(a: Note, b: Note): boolean {
  if (a === b) return true;
  if (a.id !== b.id || a.rev !== b.rev || a.updatedAt !== b.updatedAt || a.deleted !== b.deleted) return false;
  const keys = Object.keys(a) as (keyof Note)[];
  return keys.length === Object.keys(b).length && keys.every((key) => sameValue(a[key], b[key]));
}
