import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useAppServices } from '../../services/appServices';
import { restoreSession, setSessionCancelled, undoMoveNotesAndDeleteSession } from '../../store/sessionRepository';
import { toStoreError, type StoreError } from '../../store/storeError';
import { isSessionUndo, notesInWords, type SessionUndo } from './sessionUndo';

function whatHappened(undo: SessionUndo): string {
  if (undo.kind === 'cancelled') return `“${undo.title}” is cancelled: it keeps its notes.`;
  if (undo.kind === 'moved') {
    return `${notesInWords(undo.movedNoteIds.length)} moved to “${undo.toTitle}”, and “${undo.title}” deleted.`;
  }
  return `“${undo.title}” deleted.`;
}

/** Says what the session editor just did to a session, with Undo (focused: Enter undoes). */
export function SessionUndoBanner({ engagementId }: { engagementId: string }) {
  const { db } = useAppServices();
  const location = useLocation();
  const navigate = useNavigate();
  const [error, setError] = useState<StoreError | null>(null);
  const state: unknown = location.state;
  if (!isSessionUndo(state)) return null;
  const undo = state.sessionUndo;
  const takeBack = async () => {
    try {
      if (undo.kind === 'cancelled') await setSessionCancelled(db, engagementId, undo.sessionId, false);
      else if (undo.kind === 'moved') {
        await undoMoveNotesAndDeleteSession(db, engagementId, undo.sessionId, undo.movedNoteIds);
      } else await restoreSession(db, engagementId, undo.sessionId);
      // Undone once: a reload of this history entry offers nothing more.
      void navigate('.', { replace: true, state: null });
    } catch (caught) {
      setError(toStoreError(caught));
    }
  };
  return (
    <div role="status" className="deleted-banner">
      {whatHappened(undo)}{' '}
      <button type="button" autoFocus onClick={() => void takeBack()}>
        Undo
      </button>
      {error ? <p role="alert">{error.message}</p> : null}
    </div>
  );
}
