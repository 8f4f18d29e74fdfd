import type { EvidenceType, Note } from '../../domain/records/note';
import type { Session } from '../../domain/records/session';
import type { TriangulateDb } from './db';
import { saveEdit, type EditableFields } from './saveEdit';

/** A note's evidence type starts from what kind of session it was taken in. */
export function defaultEvidenceType(kind: Session['kind']): EvidenceType {
  if (kind === 'document reading') return 'read';
  if (kind === 'visit or observation') return 'seen';
  return 'heard';
}

export async function listSessionNotes(db: TriangulateDb, engagementId: string, sessionId: string): Promise<Note[]> {
  const notes = await db.note.where('[engagementId+sessionId]').equals([engagementId, sessionId]).toArray();
  return notes.filter((note) => !note.deleted).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export function createNote(db: TriangulateDb, session: Session, authorId: string): Promise<Note> {
  const now = new Date().toISOString();
  return saveEdit(db, {
    engagementId: session.engagementId,
    recordType: 'note',
    recordId: crypto.randomUUID(),
    op: 'upsert',
    changes: {
      sessionId: session.id,
      text: '',
      evidenceType: defaultEvidenceType(session.kind),
      themeIds: [],
      scopeQuestionIds: [],
      stance: 'neutral',
      isQuote: false,
      authorId,
      createdAt: now,
      documentReference: '',
    },
  });
}

export function updateNote(
  db: TriangulateDb,
  note: Pick<Note, 'engagementId' | 'id'>,
  changes: Partial<EditableFields<'note'>>,
): Promise<Note> {
  return saveEdit(db, { engagementId: note.engagementId, recordType: 'note', recordId: note.id, op: 'upsert', changes });
}
