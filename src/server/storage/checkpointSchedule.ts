/** Clock and timer, injected so the rule can be tested without waiting. */
export type ScheduleClock = {
  now(): number;
  /** Runs fn after ms; returns a way to cancel it. */
  later(fn: () => void, ms: number): () => void;
};

export type CheckpointSchedule = {
  /** A write was committed: its pages are to be copied into the database file. */
  wrote(): void;
  /** The checkpoint asked for has finished (or failed): the next may be asked for. */
  finished(): void;
  /** Resolves once no checkpoint is running; asks for none after this. */
  stop(): Promise<void>;
};

/**
 * When to copy the WAL into the database file: at once after the first write, then at
 * most once every `gapMs` while writes go on, one at a time, and once more after the
 * last write. Each copy ends with a sync of both files, which is when a commit survives a
 * power cut (synchronous = NORMAL), so the gap is also the most a power cut can lose; and
 * the index pages every write touches are copied once a gap, not once a write.
 */
export function createCheckpointSchedule(
  checkpoint: () => void,
  gapMs: number,
  clock: ScheduleClock,
): CheckpointSchedule {
  let running = false;
  let lastStarted = -Infinity;
  let cancelWait: (() => void) | undefined;
  let wroteSinceStart = false;
  let stopped = false;
  let whenIdle: (() => void) | undefined;

  const start = () => {
    cancelWait = undefined;
    running = true;
    wroteSinceStart = false;
    lastStarted = clock.now();
    checkpoint();
  };
  const ask = () => {
    if (stopped || running || cancelWait) return;
    const wait = lastStarted + gapMs - clock.now();
    if (wait > 0) cancelWait = clock.later(start, wait);
    else start();
  };
  return {
    wrote: () => {
      wroteSinceStart = true;
      ask();
    },
    finished: () => {
      running = false;
      if (stopped) whenIdle?.();
      else if (wroteSinceStart) ask();
    },
    stop: () => {
      stopped = true;
      cancelWait?.();
      cancelWait = undefined;
      if (!running) return Promise.resolve();
      return new Promise((resolve) => {
        whenIdle = resolve;
      });
    },
  };
}
