import { z } from 'zod';
import type { Note } from '../../../domain/records/note';
import { drawnNoteFieldsSchema } from '../../store/noteDraftStore';
import { newRecordOf } from '../../store/saveEdit';

/**
 * The app's side of public/early-note.js, the "New note" drawn before the app's code runs
 * (docs/architecture.md, "The early note box"): the note it leaves for the session screen.
 * Where that script looks to draw it: store/earlyNoteHint.ts.
 */
const globalName = 'triangulateEarlyNote';

const earlyNoteSchema = z.object({
  engagementId: z.uuid(),
  noteId: z.uuid(),
  drawnAs: drawnNoteFieldsSchema,
  box: z.instanceof(HTMLTextAreaElement),
});

/** A note begun in the early box: the app's own from now on, with what is typed and where the caret is. */
export type EarlyNote = { note: Note; selection: [start: number, end: number] };

/** The note begun in the early box on this session, if any; read at the screen's first render, as the box goes. */
export function earlyNoteOf(engagementId: string, sessionId: string, at: object = window): EarlyNote | undefined {
  const parsed = earlyNoteSchema.safeParse(Reflect.get(at, globalName));
  if (!parsed.success) return undefined;
  const { noteId, drawnAs, box } = parsed.data;
  if (parsed.data.engagementId !== engagementId || drawnAs.sessionId !== sessionId) return undefined;
  try {
    const note = newRecordOf({
      engagementId,
      recordType: 'note',
      recordId: noteId,
      op: 'upsert',
      changes: { ...drawnAs, text: box.value },
    });
    return { note, selection: [box.selectionStart, box.selectionEnd] };
  } catch (error) {
    // Not a note (a script of another version?): its journal still writes it at this start.
    console.warn('Could not take over the early note box', error);
    return undefined;
  }
}

/** Once taken over, the early note is the screen's: a later visit to the session must not take it again. */
export function forgetEarlyNote(at: object = window): void {
  Reflect.deleteProperty(at, globalName);
}
