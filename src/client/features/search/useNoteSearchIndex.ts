import { useEffect, useSyncExternalStore } from 'react';
import type { NoteIndexSnapshot } from '../../services/liveNoteIndex';
import { useNoteIndex } from '../../services/noteIndexContext';

/**
 * The engagement's search index, built in the background since the app started
 * (app/noteIndexHandle.ts). Opening the screen asks for a catch-up: the build starts at
 * once if start-up has not got to it, and notes written since the last change was read
 * are read now. Later writes (here, in another tab, pulled from the team) arrive as
 * new generations while the screen is open.
 */
export function useNoteSearchIndex(): NoteIndexSnapshot {
  const handle = useNoteIndex();
  const snapshot = useSyncExternalStore(handle.subscribe, handle.getSnapshot);
  useEffect(() => {
    void handle.catchUp();
  }, [handle]);
  return snapshot;
}
