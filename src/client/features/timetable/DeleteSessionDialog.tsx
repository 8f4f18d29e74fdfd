import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Session } from '../../../domain/records/session';
import { useAppServices } from '../../services/appServices';
import { listSessions } from '../../store/engagementQueries';
import {
  countSessionNotes,
  deleteSession,
  moveNotesAndDeleteSession,
  setSessionCancelled,
} from '../../store/sessionRepository';
import { toStoreError, type StoreError } from '../../store/storeError';
import { ModalDialog } from '../../ui/ModalDialog';
import { formatTimeRange } from './localTime';
import { notesInWords, type SessionUndo } from './sessionUndo';

type Props = { session: Session; onClose: () => void; onDone: (undo: SessionUndo) => void };

/**
 * Asks before a session goes. One holding notes cannot simply vanish: its notes move to
 * another session, or it stays on the timetable as cancelled with its notes.
 */
export function DeleteSessionDialog({ session, onClose, onDone }: Props) {
  const { db } = useAppServices();
  const { engagementId } = session;
  const read = useLiveQuery(
    async () => ({
      noteCount: await countSessionNotes(db, engagementId, session.id),
      others: (await listSessions(db, engagementId)).filter((other) => other.id !== session.id),
    }),
    [db, engagementId, session.id],
  );
  const [moveTo, setMoveTo] = useState('');
  const [error, setError] = useState<StoreError | null>(null);
  const title = `Delete “${session.title}”?`;
  const run = async (action: () => Promise<SessionUndo>) => {
    try {
      onDone(await action());
    } catch (caught) {
      setError(toStoreError(caught));
    }
  };
  const keepCancelled = () =>
    run(async () => {
      await setSessionCancelled(db, engagementId, session.id, true);
      return { kind: 'cancelled', sessionId: session.id, title: session.title };
    });
  if (!read) {
    return (
      <ModalDialog title={title} onClose={onClose}>
        <p role="status">Counting its notes…</p>
      </ModalDialog>
    );
  }
  if (read.noteCount === 0) {
    return (
      <ModalDialog title={title} onClose={onClose}>
        <p>It holds no notes. You can undo this from the timetable.</p>
        <div className="dialog-actions">
          <button
            type="button"
            className="danger"
            onClick={() =>
              void run(async () => {
                await deleteSession(db, engagementId, session.id);
                return { kind: 'deleted', sessionId: session.id, title: session.title };
              })
            }
          >
            Delete session
          </button>
          <button type="button" onClick={onClose}>
            Keep it
          </button>
        </div>
        {error ? <p role="alert">{error.message}</p> : null}
      </ModalDialog>
    );
  }
  const target = read.others.find((other) => other.id === moveTo);
  const notes = notesInWords(read.noteCount);
  return (
    <ModalDialog title={title} onClose={onClose}>
      <p>
        It holds {notes}. A session with notes cannot simply go: keep it as cancelled with its notes, or move its notes
        to another session first.
      </p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={() => void keepCancelled()}>
          Keep it as cancelled
        </button>
      </div>
      {read.others.length > 0 ? (
        <form
          className="form-row"
          onSubmit={(event) => {
            event.preventDefault();
            if (!target) return;
            void run(async () => {
              const movedNoteIds = await moveNotesAndDeleteSession(db, engagementId, session.id, target.id);
              return {
                kind: 'moved',
                sessionId: session.id,
                title: session.title,
                toTitle: target.title,
                movedNoteIds,
              };
            });
          }}
        >
          <label>
            Move its {notes} to
            <select value={moveTo} onChange={(event) => setMoveTo(event.target.value)}>
              <option value="">Choose a session</option>
              {read.others.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.title} ({formatTimeRange(other.startsAt, other.endsAt)})
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="danger" disabled={!target}>
            Move notes and delete session
          </button>
        </form>
      ) : null}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Keep the session as it is
        </button>
      </div>
      {error ? <p role="alert">{error.message}</p> : null}
    </ModalDialog>
  );
}
