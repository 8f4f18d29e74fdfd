import { useState } from 'react';
import type { Session } from '../../../domain/records/session';
import { useAppServices } from '../../services/appServices';
import { restoreSession } from '../../store/sessionRepository';
import { toStoreError, type StoreError } from '../../store/storeError';

/**
 * Says when a session's notes are kept though the session is off the timetable:
 * cancelled, or deleted after (or while) notes were written in it. The manager may put a
 * deleted one back.
 */
export function SessionStateNotice({ session, manager }: { session: Session; manager: boolean }) {
  const { db } = useAppServices();
  const [error, setError] = useState<StoreError | null>(null);
  if (session.deleted) {
    const restore = async () => {
      try {
        await restoreSession(db, session.engagementId, session.id);
      } catch (caught) {
        setError(toStoreError(caught));
      }
    };
    return (
      <div className="session-state">
        <p>
          <strong>This session was deleted from the timetable.</strong> Its notes are kept here, and in Search.
        </p>
        {manager ? (
          <button type="button" onClick={() => void restore()}>
            Restore the session to the timetable
          </button>
        ) : null}
        {error ? <p role="alert">{error.message}</p> : null}
      </div>
    );
  }
  if (session.cancelled) {
    return (
      <p className="session-state">
        <strong>Cancelled.</strong> This session was called off; its notes are kept here.
      </p>
    );
  }
  return null;
}
