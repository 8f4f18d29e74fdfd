import { describe, expect, it } from 'vitest';
import { createCheckpointSchedule, type ScheduleClock } from './checkpointSchedule';

/** A clock that moves only when told, running what falls due. */
function manualClock(): ScheduleClock & { advance(ms: number): void } {
  let now = 0;
  let timers: { at: number; fn: () => void }[] = [];
  return {
    now: () => now,
    later: (fn, ms) => {
      const timer = { at: now + ms, fn };
      timers.push(timer);
      return () => {
        timers = timers.filter((other) => other !== timer);
      };
    },
    advance: (ms) => {
      const until = now + ms;
      for (;;) {
        const next = timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!next) break;
        timers = timers.filter((timer) => timer !== next);
        now = next.at;
        next.fn();
      }
      now = until;
    },
  };
}

function scheduled(gapMs = 1000) {
  const clock = manualClock();
  const started: number[] = [];
  const schedule = createCheckpointSchedule(() => started.push(clock.now()), gapMs, clock);
  return { clock, started, schedule };
}

describe('createCheckpointSchedule', () => {
  it('copies nothing until something is written, then at once', () => {
    const { clock, started, schedule } = scheduled();
    clock.advance(5000);
    expect(started).toEqual([]);
    schedule.wrote();
    expect(started).toEqual([5000]);
  });

  it('copies once a gap while writes go on, not once a write, and once more after the last', () => {
    const { clock, started, schedule } = scheduled();
    schedule.wrote();
    clock.advance(100);
    schedule.finished();
    for (let ms = 0; ms < 2500; ms += 50) {
      schedule.wrote();
      clock.advance(50);
      // Each copy finishes 100 ms after it starts.
      if (started.length > 0 && clock.now() === (started.at(-1) ?? 0) + 100) schedule.finished();
    }
    expect(started).toEqual([0, 1000, 2000]);
    // The writes after the copy at 2000 get theirs a gap later; then, with nothing new, none.
    clock.advance(1000);
    expect(started).toEqual([0, 1000, 2000, 3000]);
    schedule.finished();
    clock.advance(5000);
    expect(started).toHaveLength(4);
  });

  it('runs one copy at a time: a write during a copy gets one more after it, a gap after the last began', () => {
    const { clock, started, schedule } = scheduled();
    schedule.wrote();
    schedule.wrote();
    clock.advance(1500);
    // Still copying at 1500: nothing new starts.
    expect(started).toEqual([0]);
    schedule.finished();
    expect(started).toEqual([0, 1500]);
  });

  it('stops: waits for the copy under way, and starts none after', async () => {
    const { clock, started, schedule } = scheduled();
    schedule.wrote();
    schedule.wrote();
    let stopped = false;
    const stopping = schedule.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    schedule.finished();
    await stopping;
    clock.advance(5000);
    schedule.wrote();
    expect(started).toEqual([0]);
  });

  it('stops at once when idle, dropping a copy it was waiting to start', async () => {
    const { clock, started, schedule } = scheduled();
    schedule.wrote();
    schedule.finished();
    schedule.wrote();
    await schedule.stop();
    clock.advance(5000);
    expect(started).toEqual([0]);
  });
});
