import type { Clock } from '../../src/client/lib/clock';

type Timer = { at: number; order: number; run: () => void };

/** A clock that moves only when the test says: timers run in `advance`, in time order. */
export class FakeClock implements Clock {
  private time = 0;
  private made = 0;
  private timers: Timer[] = [];

  now = (): number => this.time;

  after = (ms: number, run: () => void): (() => void) => {
    const timer = { at: this.time + ms, order: (this.made += 1), run };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((other) => other !== timer);
    };
  };

  /** Moves time on by `ms`, running each timer due by then (timers they set too) at its own time. */
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const next = this.timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at || a.order - b.order)[0];
      if (!next) break;
      this.timers = this.timers.filter((timer) => timer !== next);
      this.time = next.at;
      next.run();
    }
    this.time = until;
  }

  /** How many timers wait to run. */
  get pending(): number {
    return this.timers.length;
  }
}
