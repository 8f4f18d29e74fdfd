import { useEffect, useState } from 'react';
import { useAppServices } from '../../services/appServices';
import { sameSessionNotes, sessionNotesOf, watchSessionNotes, type SessionNotes } from '../../store/sessionNotesWatch';
import { toStoreError, type StoreError } from '../../store/storeError';

/**
 * The session's notes as they are on this device, undefined until first read. A keystroke
 * saved in one note reads that note again, not the session (watchSessionNotes).
 */
export function useSessionNotes(
  engagementId: string,
  sessionId: string,
): { stored: SessionNotes | undefined; readError: StoreError | null } {
  const { db, readAtStart } = useAppServices();
  const key = `${engagementId}/${sessionId}`;
  // The notes read as the app started draw the first render (readAtStart.ts), if they were read by then.
  const [stored, setStored] = useState<{ key: string; notes: SessionNotes } | undefined>(() => {
    const read = readAtStart?.sessionNotesRead(engagementId, sessionId);
    return read ? { key, notes: sessionNotesOf(read) } : undefined;
  });
  const [readError, setReadError] = useState<StoreError | null>(null);
  useEffect(
    () =>
      watchSessionNotes(
        db,
        engagementId,
        sessionId,
        (notes) => {
          // The same notes as drawn (the start's read, handed over): nothing to draw again.
          setStored((now) => (now?.key === key && sameSessionNotes(now.notes, notes) ? now : { key, notes }));
          setReadError(null);
        },
        (error) => setReadError(toStoreError(error)),
        () => readAtStart?.takeSessionNotes(engagementId, sessionId),
      ),
    [db, engagementId, sessionId, key, readAtStart],
  );
  // Another session's notes never show while this one's are first read.
  return { stored: stored?.key === key ? stored.notes : undefined, readError };
}
