/**
 * What the timetable offers to undo after the session editor deleted or cancelled a
 * session: handed over in the router's state, as the editor page goes away.
 */
export type SessionUndo =
  | { kind: 'deleted'; sessionId: string; title: string }
  | { kind: 'cancelled'; sessionId: string; title: string }
  | { kind: 'moved'; sessionId: string; title: string; toTitle: string; movedNoteIds: string[] };

export function isSessionUndo(state: unknown): state is { sessionUndo: SessionUndo } {
  if (typeof state !== 'object' || state === null || !('sessionUndo' in state)) return false;
  const undo = (state as { sessionUndo: unknown }).sessionUndo;
  return typeof undo === 'object' && undo !== null && 'kind' in undo && 'sessionId' in undo;
}

export function notesInWords(count: number): string {
  return count === 1 ? '1 note' : `${count} notes`;
}
