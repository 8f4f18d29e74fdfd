import { createContext, useContext } from 'react';
import type { NoteIndexHandle } from './noteIndexHandle';

/** The engagement's note search index, held by EngagementShell from start. */
export const NoteIndexContext = createContext<NoteIndexHandle | null>(null);

export function useNoteIndex(): NoteIndexHandle {
  const handle = useContext(NoteIndexContext);
  if (!handle) throw new Error('useNoteIndex needs <EngagementShell>');
  return handle;
}
