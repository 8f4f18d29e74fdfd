import { useEffect } from 'react';
import { useAppServices } from '../services/appServices';

/**
 * At start, writes into IndexedDB any keystrokes a reload or crash caught in the journal.
 * The replay (and the note-writing code it brings) loads here rather than with the first
 * screen: the start page does not need it, and the session screen brings it anyway.
 */
export function DraftRecovery() {
  const { db } = useAppServices();
  useEffect(() => {
    import('../store/replayNoteDrafts')
      .then(({ replayNoteDrafts }) => replayNoteDrafts(db))
      .catch((error: unknown) => console.error('Could not replay journalled drafts', error));
  }, [db]);
  return null;
}
