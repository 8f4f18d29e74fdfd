import { useEffect } from 'react';
import { replayNoteDrafts } from '../store/replayNoteDrafts';
import { useAppServices } from '../services/appServices';

/** At start, writes into IndexedDB any keystrokes a reload or crash caught in the journal. */
export function DraftRecovery() {
  const { db } = useAppServices();
  useEffect(() => {
    replayNoteDrafts(db).catch((error: unknown) => console.error('Could not replay journalled drafts', error));
  }, [db]);
  return null;
}
