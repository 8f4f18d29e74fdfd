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
  /** While the index is first built: how many notes it has read of how many. */
  progress: { done: number; total: number } | null;
};

/** Notes indexed before the screen gets a turn to repaint (a few tens of ms on a slow tablet). */
const notesPerSlice = 100;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The engagement's notes as a search index in memory, kept current from a live query:
 * each change (an edit here, notes pulled from the team) updates only the notes whose
 * id or updatedAt changed. The index is never stored: it is rebuilt when the screen
 * opens, in slices so the screen stays responsive while thousands of notes are read.
 * One index per engagement: callers key their component by engagement id.
 */
export function useNoteSearchIndex(db: TriangulateDb, engagementId: string): LiveNoteIndex {
  const notes = useLiveQuery(() => listEngagementNotes(db, engagementId), [db, engagementId]);
  const [index] = useState(() => new NoteSearchIndex<Note>());
  const [generation, setGeneration] = useState<number | null>(null);
  const [progress, setProgress] = useState<LiveNoteIndex['progress']>(null);

  useEffect(() => {
    if (notes === undefined) return undefined;
    let cancelled = false;
    const bringUpToDate = async () => {
      const stale = notes.filter((note) => !index.holds(note));
      // A newer list from the live query cancels this one; it carries on where this stopped.
      for (let start = 0; stale.length > notesPerSlice && start < stale.length; start += notesPerSlice) {
        setProgress({ done: index.size, total: notes.length });
        await nextTask();
        if (cancelled) return;
        for (const note of stale.slice(start, start + notesPerSlice)) index.upsert(note);
      }
      const changes = index.sync(notes);
      const changed = stale.length + changes.added + changes.replaced + changes.removed > 0;
      setProgress(null);
      setGeneration((current) => (current === null ? 0 : changed ? current + 1 : current));
    };
    void bringUpToDate();
    return () => {
      cancelled = true;
    };
  }, [index, notes]);

  return { index, generation, progress };
}
