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

/**
 * For a memoised part of a note (its tags, photos, choices): the part renders again only
 * when one of the note fields it shows, or another of its props, changes. Typing changes
 * the text on every keystroke, and nothing else need render for it. Parts keep using the
 * note's id and engagement, which never change.
 */
export function sameNoteFields<P extends { note: Note }>(fields: readonly (keyof Note)[]) {
  return (before: P, after: P): boolean => {
    const props = Object.keys(before) as (keyof P)[];
    if (props.some((prop) => prop !== 'note' && !Object.is(before[prop], after[prop]))) return false;
    return ['id', 'engagementId', ...fields].every((field) =>
      sameValue(before.note[field as keyof Note], after.note[field as keyof Note]),
    );
  };
}
