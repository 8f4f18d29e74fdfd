import { safeError } from '../log/safeError';
import type { Logger } from '../log/logger';
import type { Storage } from '../storage/storage';
import { eraseDeletedNotes } from './eraseDeletedNotes';

/** How often each server process looks for deleted notes past the undo window. */
export const erasureEveryMs = 60 * 60 * 1000;

/**
 * Erases deleted notes past the undo window now and then every `everyMs`, in this
 * process. Several processes on one PostgreSQL may all run it: eraseDeletedNotes is
 * idempotent and each engagement's erasure holds its lock. A run never overlaps the
 * last one; a failed run is reported and the next one tries again. Returns stop,
 * which waits for a run in progress.
 */
export function startErasureTimer(
  storage: Storage,
  logger: Logger,
  { everyMs = erasureEveryMs, now = () => new Date() } = {},
): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const run = () => {
    running = eraseDeletedNotes(storage, { now: now() }).then(
      (erased) => {
        if (erased.notes > 0) logger.info({ erased }, 'deleted notes erased after the undo window');
      },
      (error: unknown) => logger.error({ error: safeError(error) }, 'erasure failed'),
    );
    void running.then(() => {
      if (!stopped) timer = setTimeout(run, everyMs);
    });
  };
  run();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
