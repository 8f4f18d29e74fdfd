import type { EvidenceType, Note } from '../../domain/records/note';
import type { Session } from '../../domain/records/session';
import type { TriangulateDb } from './db';
import type { DrawnNoteFields } from './noteDraftStore';
import { newRecordOf, saveEdit, type EditableFields } from './saveEdit';
import { StoreError, toStoreError } from './storeError';
import { inWrittenOrder } from '../../domain/records/writtenOrder';

/** A note's evidence type starts from what kind of session it was taken in. */
export function defaultEvidenceType(kind: Session['kind']): EvidenceType {
  if (kind === 'document reading') return 'read';
  if (kind === 'visit or observation') return 'seen';
  return 'heard';
}

export async function listSessionNotes(db: TriangulateDb, engagementId: string, sessionId: string): Promise<Note[]> {
  return (await listSessionNotesAndDeleted(db, engagementId, sessionId)).notes;
}

/**
 * A session's live notes in the order they were made, and its deleted notes newest first
 * (their author and the manager may restore them): one read for the session screen,
 * which re-reads after every keystroke.
 */
export async function listSessionNotesAndDeleted(
  db: TriangulateDb,
  engagementId: string,
  sessionId: string,
): Promise<{ notes: Note[]; deletedNotes: Note[] }> {
  const all = await db.note.where('[engagementId+sessionId]').equals([engagementId, sessionId]).toArray();
  return {
    notes: all.filter((note) => !note.deleted).sort((a, b) => inWrittenOrder(a.createdAt, b.createdAt)),
    deletedNotes: all.filter((note) => note.deleted).sort((a, b) => inWrittenOrder(b.updatedAt, a.updatedAt)),
  };
}

export function createNote(db: TriangulateDb, session: Session, authorId: string): Promise<Note> {
  return startNote(db, session, authorId).saved;
}

/**
 * A new note to draw at once, and its write (`saved`). Every write asked for after this call
 * that touches the note or its typing journal (noteDraftStore.ts) commits after it: IndexedDB
 * runs read-write transactions over shared stores in the order they were made, and this one
 * holds the journal's store too. So the first keystroke's save finds the note, and a keystroke
 * journalled before a killed tab means the note was written before it.
 */
/**
 * What a new note in the session starts with, besides its author and time: the one source
 * of these, for "New note" here and for the box drawn before the app runs (earlyNoteHint.ts).
 */
export function newNoteFields(session: Session): Omit<DrawnNoteFields, 'authorId' | 'createdAt'> {
  return {
    sessionId: session.id,
    evidenceType: defaultEvidenceType(session.kind),
    themeIds: [],
    scopeQuestionIds: [],
    stance: 'neutral',
    isQuote: false,
    documentReference: '',
    photoIds: [],
  };
}

export function startNote(db: TriangulateDb, session: Session, authorId: string): { note: Note; saved: Promise<Note> } {
  const edit = {
    engagementId: session.engagementId,
    recordType: 'note' as const,
    recordId: crypto.randomUUID(),
    op: 'upsert' as const,
    changes: { ...newNoteFields(session), text: '', authorId, createdAt: new Date().toISOString() },
  };
  const saved = saveEdit(db, edit, [db.noteDraft]);
  return { note: newRecordOf(edit), saved };
}

/**
 * One edit of a note. Given the whole note as the screen draws it, the edit also writes
 * the note should it not be stored: a new note whose first write failed on a full device
 * keeps its box and what is typed in it, and is written by its next edit once there is room.
 */
export function updateNote(
  db: TriangulateDb,
  note: Pick<Note, 'engagementId' | 'id'> | Note,
  changes: Partial<EditableFields<'note'>>,
  /** The note as drawn, if not the one given; a drawn note's text starts empty. */
  drawnAs: DrawnNoteFields | undefined = 'sessionId' in note ? drawnNoteFields(note) : undefined,
): Promise<Note> {
  return saveEdit(db, {
    engagementId: note.engagementId,
    recordType: 'note',
    recordId: note.id,
    op: 'upsert',
    changes,
    ...(drawnAs ? { orCreate: { ...drawnAs, text: '' } } : {}),
  });
}

/** What a person chose in a note, besides its text: everything but what sync owns. */
export function drawnNoteFields(note: Note): DrawnNoteFields {
  const {
    id: _id,
    engagementId: _engagement,
    rev: _rev,
    updatedAt: _at,
    deleted: _del,
    conflicts: _c,
    text: _text,
    ...fields
  } = note;
  return fields;
}

/** Whether the note is on this device: a new note whose first write failed is not. */
export async function isNoteStored(db: TriangulateDb, noteId: string): Promise<boolean> {
  return (await db.note.get(noteId)) !== undefined;
}

/** Deletes a note as a tombstone, so it travels and can be restored. */
export function deleteNote(db: TriangulateDb, note: Pick<Note, 'engagementId' | 'id'>): Promise<Note> {
  return saveEdit(db, {
    engagementId: note.engagementId,
    recordType: 'note',
    recordId: note.id,
    op: 'delete',
    changes: {},
  });
}

/** Brings a deleted note back: an upsert revives a tombstone, on the server too. */
export function restoreNote(db: TriangulateDb, note: Pick<Note, 'engagementId' | 'id'>): Promise<Note> {
  return saveEdit(db, {
    engagementId: note.engagementId,
    recordType: 'note',
    recordId: note.id,
    op: 'upsert',
    changes: {},
  });
}

export type NoteTagField = 'themeIds' | 'scopeQuestionIds';

/**
 * Puts one tag on a note or takes it off, reading the note's tags inside the transaction:
 * two quick taps on two tags both count, even before the screen shows the first.
 */
export async function setNoteTag(
  db: TriangulateDb,
  noteId: string,
  field: NoteTagField,
  tagId: string,
  on: boolean,
): Promise<void> {
  try {
    await db.transaction('rw', [db.note, db.outbox, db.deviceIdentity], async () => {
      const note = await db.note.get(noteId);
      if (!note) throw new StoreError('invalid_record', 'The note is not on this device.');
      const others = note[field].filter((id) => id !== tagId);
      await updateNote(db, note, { [field]: on ? [...others, tagId] : others });
    });
  } catch (error) {
    throw toStoreError(error);
  }
}
