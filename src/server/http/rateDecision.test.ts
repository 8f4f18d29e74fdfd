import { describe, expect, it } from 'vitest';
import { rateDecision } from './rateDecision';

const limit = { max: 3, windowMs: 60_000 };

describe('rateDecision', () => {
  it('allows max attempts per window, then says when to retry', () => {
    expect(rateDecision([0, 1_000], 2_000, limit)).toEqual({ allowed: true });
    expect(rateDecision([0, 1_000, 2_000], 10_000, limit)).toEqual({ allowed: false, retryAfterSeconds: 50 });
    expect(rateDecision([0, 1_000, 2_000], 60_001, limit)).toEqual({ allowed: true });
  });

  it('counts only the window, and waits for the attempt that frees a place', () => {
    expect(rateDecision([-90_000, 0, 1_000], 2_000, limit)).toEqual({ allowed: true });
    expect(rateDecision([0, 30_000, 31_000, 32_000], 40_000, limit)).toEqual({
      allowed: false,
      retryAfterSeconds: 50,
    });
    expect(rateDecision([0], 59_999.5, { max: 1, windowMs: 60_000 })).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });
});
