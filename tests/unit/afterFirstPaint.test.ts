import { describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, firstPaintWaitMs } from '../../src/client/app/afterFirstPaint';

type Paint = Parameters<typeof afterFirstPaint>[1];

/** A page's frames, paint records and timers, run by hand; `recordsPaint` as Chromium does, or not (older Safari). */
function fakePage(visibilityState: DocumentVisibilityState, recordsPaint: boolean) {
  const frames: (() => void)[] = [];
  const timers: { at: number; run: () => void }[] = [];
  const paintWatchers: ((names: string[]) => void)[] = [];
  let now = 0;
  class FakePerformanceObserver {
    static supportedEntryTypes = recordsPaint ? ['paint', 'mark'] : ['mark'];
    disconnected = false;
    constructor(private readonly callback: PerformanceObserverCallback) {}
    observe() {
      paintWatchers.push((names) => {
        if (this.disconnected) return;
        const list = { getEntriesByName: (name: string) => (names.includes(name) ? [{ name }] : []) };
        this.callback(list as unknown as PerformanceObserverEntryList, this as unknown as PerformanceObserver);
      });
    }
    disconnect() {
      this.disconnected = true;
    }
  }
  const page = {
    document: { visibilityState },
    PerformanceObserver: FakePerformanceObserver,
    requestAnimationFrame: (callback: FrameRequestCallback) => frames.push(() => callback(now)),
    setTimeout: (run: () => void, ms = 0) => timers.push({ at: now + ms, run }),
  } as unknown as Paint;
  return {
    page,
    /** A frame: its callbacks run, then it is painted and, where the page records paints, recorded. */
    paint: () => {
      frames.splice(0).forEach((frame) => frame());
      if (recordsPaint) paintWatchers.forEach((watch) => watch(['first-paint', 'first-contentful-paint']));
    },
    advance: (ms: number) => {
      now += ms;
      for (const timer of timers.filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(timer), 1);
        timer.run();
      }
    },
  };
}

describe('the app starts after the first paint', () => {
  it('starts when the browser records the first paint, once', () => {
    const { page, paint, advance } = fakePage('visible', true);
    const start = vi.fn();
    afterFirstPaint(start, page);
    advance(0);
    expect(start).not.toHaveBeenCalled();
    paint();
    expect(start).toHaveBeenCalledTimes(1);
    paint();
    advance(firstPaintWaitMs);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts in a task after the next frame where the browser records no paints', () => {
    const { page, paint, advance } = fakePage('visible', false);
    const start = vi.fn();
    afterFirstPaint(start, page);
    paint();
    expect(start).not.toHaveBeenCalled();
    advance(0);
    expect(start).toHaveBeenCalledTimes(1);
    advance(firstPaintWaitMs);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts anyway when no paint comes', () => {
    const { page, paint, advance } = fakePage('visible', true);
    const start = vi.fn();
    afterFirstPaint(start, page);
    advance(firstPaintWaitMs - 1);
    expect(start).not.toHaveBeenCalled();
    advance(1);
    expect(start).toHaveBeenCalledTimes(1);
    paint();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts at once on a hidden page, which paints nothing', () => {
    const { page } = fakePage('hidden', true);
    const start = vi.fn();
    afterFirstPaint(start, page);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
