import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Note } from '../../../domain/records/note';
import { NoteSearchIndex } from '../../../domain/search/noteSearchIndex';
import type { TriangulateDb } from '../../store/db';
import { listEngagementNotes } from '../../store/searchSource';

export type LiveNoteIndex = {
  index: NoteSearchIndex<Note>;
  /** Grows each time the index changes; null until it holds the notes on the device. */
  generation: number | null;
};

/**
 * The engagement's notes as a search index in memory, kept current from a live query:
 * each change (an edit here, notes pulled from the team) updates only the notes whose
 * id or updatedAt changed. The index is never stored: it is rebuilt when the screen opens.
 * One index per engagement: callers key their component by engagement id.
 */
export function useNoteSearchIndex(db: TriangulateDb, engagementId: string): LiveNoteIndex {
  const notes = useLiveQuery(() => listEngagementNotes(db, engagementId), [db, engagementId]);
  const [index] = useState(() => new NoteSearchIndex<Note>());
  const [generation, setGeneration] = useState<number | null>(null);

  useEffect(() => {
    if (notes === undefined) return;
    const changes = index.sync(notes);
    const changed = changes.added + changes.replaced + changes.removed > 0;
    setGeneration((current) => (current === null ? 0 : changed ? current + 1 : current));
  }, [index, notes]);

  return { index, generation };
}
