import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rateLimiter';

describe('RateLimiter', () => {
  it('allows max attempts per window per key, then says when to retry', () => {
    const limiter = new RateLimiter(3, 60_000);
    expect([0, 1_000, 2_000].map((at) => limiter.attempt('a', at).allowed)).toEqual([true, true, true]);
    expect(limiter.attempt('a', 10_000)).toEqual({ allowed: false, retryAfterSeconds: 50 });
    expect(limiter.attempt('b', 10_000).allowed).toBe(true);
    expect(limiter.attempt('a', 60_001).allowed).toBe(true);
  });

  it('does not count refused attempts, so waiting is enough', () => {
    const limiter = new RateLimiter(1, 1_000);
    limiter.attempt('a', 0);
    for (let at = 100; at < 1_000; at += 100) expect(limiter.attempt('a', at).allowed).toBe(false);
    expect(limiter.attempt('a', 1_000).allowed).toBe(true);
  });
});
