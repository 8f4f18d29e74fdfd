import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useAppServices } from './appServices';
import { useReportStoreError, useStoreSaved } from './storeErrorReporter';
import type { NoteDraftJournal } from '../store/draftJournal';
import { toStoreError, type StoreError } from '../store/storeError';
import { quietPeriod, type QuietPeriod } from '../lib/quietPeriod';

/** The text is written once typing pauses this long, and at least this often while it goes on. */
const noteWriteTimes = { quietMs: 300, maxWaitMs: 2000 };

/** Where each keystroke is kept until its text is written; notes have one (draftJournal.ts). */
export type TypingJournal = Pick<NoteDraftJournal, 'write' | 'clear'>;
const noJournal: TypingJournal = { write: () => undefined, clear: () => undefined };

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
 * Keeps what is typed on screen and safe at once: each keystroke lands in the typing
 * journal (for notes, draftJournal.ts: localStorage, and IndexedDB's noteDraft store,
 * committed at once), and the text itself is written once typing pauses (300 ms, at least
 * every 2 s), on blur, when the page hides, and when the screen goes away. A write that
 * starts while one runs waits for it and writes the latest text, so none is ever skipped.
 * Texts with no journal (an output's own words) rely on those writes alone.
 */
export function usePersistedText(
  stored: string,
  save: (text: string) => Promise<unknown>,
  journal: TypingJournal = noJournal,
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

  // While someone types, the note itself is written once typing pauses (the journal holds
  // every keystroke meanwhile): each note write makes live queries read again and the
  // screen render again, main-thread work that made later keystrokes queue on a slow tablet.
  const writeSoon = useRef<QuietPeriod | null>(null);
  useEffect(() => {
    const period = quietPeriod(() => void flush(), noteWriteTimes);
    writeSoon.current = period;
    // Going away (the screen changes): what waits for a pause is written now.
    return () => {
      period.cancel();
      void flush();
    };
  }, [flush]);
  const flushNow = useCallback((): Promise<void> => {
    writeSoon.current?.cancel();
    return flush();
  }, [flush]);

  useEffect(() => pendingSaves.register(flushNow), [pendingSaves, flushNow]);
  // The app-level banner says "this device is full" and offers a backup; when a save
  // elsewhere shows there is room again, this text is written without another keystroke.
  useReportStoreError(saveError, () => void flushNow());

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
      // Before the first effect (a keystroke in the very first instant) the note is written now.
      if (writeSoon.current) writeSoon.current.touch();
      else void flush();
    },
    [flush],
  );
  const onFocus = useCallback(() => {
    focused.current = true;
  }, []);
  const onBlur = useCallback(() => {
    focused.current = false;
    void flushNow();
  }, [flushNow]);

  return { text, onChange, onFocus, onBlur, saveError, flush: flushNow };
}
