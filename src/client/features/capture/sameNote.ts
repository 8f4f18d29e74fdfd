import type { Note } from '../../../domain/records/note';
import { sameJson } from '../../../domain/sync/sameJson';

/**
 * Whether two reads of a note say the same thing. Each keystroke re-reads every note of
 * the session as new objects; rows compare with this to re-render only the note that
 * changed. Not just id/rev/updatedAt: two local edits within one millisecond share those.
 */
export function sameNote(a: Note, b: Note): boolean {
  if (a === b) return true;
  if (a.id !== b.id || a.rev !== b.rev || a.updatedAt !== b.updatedAt || a.deleted !== b.deleted) return false;
  return sameJson(a, b);
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
      sameJson(before.note[field as keyof Note], after.note[field as keyof Note]),
    );
  };
}
