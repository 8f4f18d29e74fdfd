import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { quietPeriod } from '../../lib/quietPeriod';
import { useAppServices } from '../../services/appServices';
import { useReportStoreError, useStoreSaved } from '../../services/storeErrorReporter';
import { toStoreError, type StoreError } from '../../store/storeError';

/** Written once typing pauses this long, and at least this often while it goes on (as notes are). */
const writeTimes = { quietMs: 300, maxWaitMs: 2000 };

export type SavedText = {
  text: string;
  onChange: (text: string) => void;
  onFocus: () => void;
  onBlur: () => void;
  saveError: StoreError | null;
};

/**
 * A text the manager edits, kept on screen and written as notes are: once typing pauses,
 * on blur, when the page hides (pendingSaves) and when the screen goes away. A write that
 * starts while one runs waits for it and writes the latest text, so none is skipped.
 * Text arriving from sync is shown unless the manager is typing in this box.
 */
export function useSavedText(stored: string, save: (text: string) => Promise<unknown>): SavedText {
  const { pendingSaves } = useAppServices();
  const [text, setText] = useState(stored);
  const [saveError, setSaveError] = useState<StoreError | null>(null);
  const latest = useRef(stored);
  const saved = useRef(stored);
  const focused = useRef(false);
  const running = useRef<Promise<void> | null>(null);
  const storeSaved = useStoreSaved();
  const saveRef = useRef(save);
  useLayoutEffect(() => {
    saveRef.current = save;
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
        setSaveError(null);
        storeSaved();
      }
    };
    running.current = pump().finally(() => {
      running.current = null;
    });
    return running.current;
  }, [storeSaved]);

  const period = useRef<ReturnType<typeof quietPeriod> | null>(null);
  useEffect(() => {
    const waiting = quietPeriod(() => void flush(), writeTimes);
    period.current = waiting;
    return () => {
      waiting.cancel();
      void flush();
    };
  }, [flush]);
  const flushNow = useCallback(() => {
    period.current?.cancel();
    return flush();
  }, [flush]);
  useEffect(() => pendingSaves.register(flushNow), [pendingSaves, flushNow]);
  useReportStoreError(saveError, () => void flushNow());

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
      setText(value);
      if (period.current) period.current.touch();
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
  return { text, onChange, onFocus, onBlur, saveError };
}
