/** The answer to one attempt: allowed, or refused with how long until the next would pass. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * At most `max` attempts per key in any `windowMs` (a sliding window over the times of
 * recent attempts). In memory and per app: a restart forgets, which only lets a guesser
 * start again at the same slow rate. Keys idle for a whole window are swept, so the map
 * holds only addresses seen in the last window.
 */
export class RateLimiter {
  private readonly attempts = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Counts an attempt at `nowMs` unless the key is over its limit. */
  attempt(key: string, nowMs: number): RateDecision {
    this.sweep(nowMs);
    const recent = (this.attempts.get(key) ?? []).filter((at) => at > nowMs - this.windowMs);
    if (recent.length >= this.max) {
      this.attempts.set(key, recent);
      const oldest = recent[0] ?? nowMs;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.windowMs - nowMs) / 1000)) };
    }
    recent.push(nowMs);
    this.attempts.set(key, recent);
    return { allowed: true };
  }

  private sweep(nowMs: number): void {
    if (nowMs - this.lastSweep < this.windowMs) return;
    this.lastSweep = nowMs;
    for (const [key, times] of this.attempts) {
      if ((times.at(-1) ?? 0) <= nowMs - this.windowMs) this.attempts.delete(key);
    }
  }
}
