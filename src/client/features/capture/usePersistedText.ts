import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useAppServices } from '../../services/appServices';
import { useReportStoreError, useStoreSaved } from '../../services/storeErrorReporter';
import type { NoteDraftJournal } from '../../store/draftJournal';
import { toStoreError, type StoreError } from '../../store/storeError';

export type PersistedText = {
  text: string;
  onChange: (text: string) => void;
  onFocus: () => void;
  onBlur: () => void;
  /** Why the last save failed; the text stays on screen and is saved on the next try. */
  saveError: StoreError | null;
  /** Resolves once everything typed so far is in IndexedDB. */
  flush: () => Promise<void>;
};

/**
 * Keeps what is typed on screen and writes it to IndexedDB at once: each keystroke
 * starts a write unless one is running, and the running one writes the latest text
 * again when it finishes. So at most one write is queued and none is ever skipped.
 * Each keystroke also lands synchronously in the draft journal, which covers the
 * milliseconds before the last write commits.
 */
export function usePersistedText(
  stored: string,
  save: (text: string) => Promise<unknown>,
  journal: NoteDraftJournal,
): PersistedText {
  const { pendingSaves } = useAppServices();
  const [text, setText] = useState(stored);
  const [saveError, setSaveError] = useState<StoreError | null>(null);
  const latest = useRef(stored);
  const saved = useRef(stored);
  const running = useRef<Promise<void> | null>(null);
  const focused = useRef(false);
  const storeSaved = useStoreSaved();
  // The latest of what the caller gives, for a flush that keeps one identity: updated after
  // each render commits (never during one), before the next keystroke can arrive.
  const saveRef = useRef(save);
  const journalRef = useRef(journal);
  const storeSavedRef = useRef(storeSaved);
  useLayoutEffect(() => {
    saveRef.current = save;
    journalRef.current = journal;
    storeSavedRef.current = storeSaved;
  });

  const flush = useCallback((): Promise<void> => {
    if (running.current) return running.current;
    const pump = async () => {
      while (latest.current !== saved.current) {
        const value = latest.current;
        try {
          await saveRef.current(value);
        } catch (error) {
          setSaveError(toStoreError(error));
          return;
        }
        saved.current = value;
        journalRef.current.clear(value);
        setSaveError(null);
        storeSavedRef.current();
      }
    };
    running.current = pump().finally(() => {
      running.current = null;
    });
    return running.current;
  }, []);

  useEffect(() => pendingSaves.register(flush), [pendingSaves, flush]);
  // The app-level banner says "this device is full" and offers a backup; when a save
  // elsewhere shows there is room again, this text is written without another keystroke.
  useReportStoreError(saveError, () => void flush());

  // Text that arrives from sync is shown unless the person is typing in this note.
  useEffect(() => {
    if (!focused.current && stored !== latest.current && latest.current === saved.current) {
      latest.current = stored;
      saved.current = stored;
      setText(stored);
    }
  }, [stored]);

  const onChange = useCallback(
    (value: string) => {
      latest.current = value;
      journalRef.current.write(value);
      setText(value);
      void flush();
    },
    [flush],
  );
  const onFocus = useCallback(() => {
    focused.current = true;
  }, []);
  const onBlur = useCallback(() => {
    focused.current = false;
    void flush();
  }, [flush]);

  return { text, onChange, onFocus, onBlur, saveError, flush };
}
