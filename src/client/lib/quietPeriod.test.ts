import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../../tests/support/fakeClock';
import { quietPeriod } from './quietPeriod';

/** A quiet period of 300 ms, at most 1 s, on a fake clock; `runs` counts the work done. */
function typing() {
  const clock = new FakeClock();
  const done = { runs: 0 };
  const period = quietPeriod(() => (done.runs += 1), { quietMs: 300, maxWaitMs: 1000 }, clock);
  return { clock, done, period };
}

describe('a quiet period', () => {
  it('runs once writes pause for exactly the quiet time, not a millisecond before', () => {
    const { clock, done, period } = typing();
    period.touch();
    clock.advance(299);
    expect(done.runs).toBe(0);
    expect(period.waiting).toBe(true);
    clock.advance(1);
    expect(done.runs).toBe(1);
    expect(period.waiting).toBe(false);
  });

  it('waits again after each write that comes before the pause', () => {
    const { clock, done, period } = typing();
    period.touch();
    clock.advance(299);
    period.touch();
    clock.advance(299);
    expect(done.runs).toBe(0);
    clock.advance(1);
    expect(done.runs).toBe(1);
  });

  it('runs at the longest wait after the first write when writes never pause', () => {
    const { clock, done, period } = typing();
    for (let elapsed = 0; elapsed < 1000; elapsed += 100) {
      period.touch();
      clock.advance(99);
      expect(done.runs).toBe(0);
      clock.advance(1);
    }
    // 1000 ms after the first write, while the writes go on.
    expect(done.runs).toBe(1);
    expect(clock.now()).toBe(1000);
  });

  it('shortens the last wait so the work runs exactly at the longest wait', () => {
    const { clock, done, period } = typing();
    for (const _write of [0, 250, 500]) {
      period.touch();
      clock.advance(250);
    }
    // The write at 750 ms waits 250 ms, not 300: the longest wait ends at 1000 ms.
    period.touch();
    clock.advance(249);
    expect(done.runs).toBe(0);
    clock.advance(1);
    expect(done.runs).toBe(1);
    expect(clock.now()).toBe(1000);
  });

  it('starts afresh after it runs: the next write waits the whole quiet time again', () => {
    const { clock, done, period } = typing();
    period.touch();
    clock.advance(300);
    clock.advance(5000);
    period.touch();
    clock.advance(299);
    expect(done.runs).toBe(1);
    clock.advance(1);
    expect(done.runs).toBe(2);
  });

  it('with the quiet time equal to the longest wait, runs a fixed time after the first write', () => {
    const clock = new FakeClock();
    let runs = 0;
    const period = quietPeriod(() => (runs += 1), { quietMs: 400, maxWaitMs: 400 }, clock);
    for (let key = 0; key < 10; key += 1) {
      period.touch();
      clock.advance(30);
    }
    clock.advance(99);
    expect(runs).toBe(0);
    clock.advance(1);
    expect(runs).toBe(1);
    expect(clock.now()).toBe(400);
  });

  it('hurried, runs at the next turn', () => {
    const { clock, done, period } = typing();
    period.touch();
    period.hurry();
    expect(done.runs).toBe(0);
    clock.advance(0);
    expect(done.runs).toBe(1);
  });

  it('cancelled, never runs and leaves no timer behind', () => {
    const { clock, done, period } = typing();
    period.touch();
    period.cancel();
    expect(period.waiting).toBe(false);
    expect(clock.pending).toBe(0);
    clock.advance(10_000);
    expect(done.runs).toBe(0);
  });
});
