import { systemClock, type Clock } from './clock';

export type QuietPeriodTimes = {
  /** How long writes must pause before the work runs (ms). */
  quietMs: number;
  /** The longest the work waits after the first write while writes keep coming (ms). */
  maxWaitMs: number;
};

export type QuietPeriod = {
  /** A write happened: the work runs once writes pause, and at the latest `maxWaitMs` after the first. */
  touch(): void;
  /** Someone waits: the work runs at the next turn, whatever the pause. */
  hurry(): void;
  /** Drops the waiting run: stopping, or the caller does the work itself. */
  cancel(): void;
  /** Whether a run waits. */
  readonly waiting: boolean;
};

/**
 * Runs `work` after a burst of writes, not after each: typing writes on every keystroke,
 * and work per keystroke would take the next keystroke's time on a slow tablet.
 */
export function quietPeriod(work: () => void, times: QuietPeriodTimes, clock: Clock = systemClock): QuietPeriod {
  let cancelTimer: (() => void) | undefined;
  let firstWriteAt: number | undefined;
  const cancel = () => {
    cancelTimer?.();
    cancelTimer = undefined;
    firstWriteAt = undefined;
  };
  const runAfter = (ms: number) => {
    cancelTimer?.();
    cancelTimer = clock.after(Math.max(0, ms), () => {
      cancelTimer = undefined;
      firstWriteAt = undefined;
      work();
    });
  };
  return {
    touch() {
      const now = clock.now();
      firstWriteAt ??= now;
      runAfter(Math.min(times.quietMs, firstWriteAt + times.maxWaitMs - now));
    },
    hurry() {
      firstWriteAt ??= clock.now();
      runAfter(0);
    },
    cancel,
    get waiting() {
      return cancelTimer !== undefined;
    },
  };
}
