import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useAppServices } from '../../services/appServices';
import { useEngagementContext } from '../../services/engagementContext';
import { getEngagement, getSession, listMembers } from '../../store/engagementQueries';
import { saveSession, setSessionCancelled, type SessionFields } from '../../store/sessionRepository';
import { toStoreError, type StoreError } from '../../store/storeError';
import { DeleteSessionDialog } from './DeleteSessionDialog';
import { localDateOf } from './localTime';
import { draftFromSession } from './sessionDraft';
import { SessionForm } from './SessionForm';

/** The manager adds a session to the timetable or changes one (route without id: a new one). */
export function SessionEditorPage({ now = () => new Date() }: { now?: () => Date }) {
  const { sessionId } = useParams();
  const { db } = useAppServices();
  const { identity } = useEngagementContext();
  const engagementId = identity.engagementId;
  const navigate = useNavigate();
  const [error, setError] = useState<StoreError | null>(null);
  const [deleting, setDeleting] = useState(false);
  const loaded = useLiveQuery(
    async () => ({
      engagement: await getEngagement(db, engagementId),
      session: sessionId ? await getSession(db, sessionId) : undefined,
      members: await listMembers(db, engagementId),
    }),
    [db, engagementId, sessionId],
  );
  const heading = sessionId ? 'Edit session' : 'Add a session';
  if (identity.role !== 'manager') {
    return (
      <main>
        <h1>{heading}</h1>
        <p>Only the challenge manager changes the timetable.</p>
      </main>
    );
  }
  if (!loaded) return <p role="status">Opening…</p>;
  if (sessionId && !loaded.session) {
    return (
      <main>
        <h1>Session not found</h1>
        <Link to={`/engagements/${engagementId}/timetable`}>Back to the timetable</Link>
      </main>
    );
  }
  const timetable = `/engagements/${engagementId}/timetable`;
  const today = localDateOf(now().toISOString());
  const { engagement } = loaded;
  const defaultDate =
    engagement && (today < engagement.onSiteFrom || today > engagement.onSiteTo) ? engagement.onSiteFrom : today;
  const noteTakers = loaded.members.filter((member) => member.role !== 'council');
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      void navigate(timetable);
    } catch (caught) {
      setError(toStoreError(caught));
    }
  };
  return (
    <main>
      <h1>{heading}</h1>
      <SessionForm
        initial={draftFromSession(loaded.session, defaultDate)}
        noteTakers={noteTakers}
        onSave={(fields: SessionFields) => run(() => saveSession(db, engagementId, sessionId ?? null, fields))}
      />
      {loaded.session?.cancelled ? (
        <p>
          This session is cancelled: it shows as cancelled on the timetable and keeps its notes.{' '}
          <button
            type="button"
            onClick={() => void run(() => setSessionCancelled(db, engagementId, loaded.session?.id ?? '', false))}
          >
            Reinstate session
          </button>
        </p>
      ) : null}
      {loaded.session ? (
        <button type="button" className="danger" onClick={() => setDeleting(true)}>
          Delete session
        </button>
      ) : null}
      {deleting && loaded.session ? (
        <DeleteSessionDialog
          session={loaded.session}
          onClose={() => setDeleting(false)}
          onDone={(sessionUndo) => void navigate(timetable, { state: { sessionUndo } })}
        />
      ) : null}
      {error ? <p role="alert">{error.message}</p> : null}
      <p>
        <Link to={timetable}>Back to the timetable</Link>
      </p>
    </main>
  );
}
