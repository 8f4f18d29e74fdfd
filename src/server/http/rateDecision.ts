/** The answer to one attempt: allowed, or refused with how long until the next would pass. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type RateLimit = { max: number; windowMs: number };

/**
 * At most `max` attempts in any `windowMs` (a sliding window), given the times of the
 * key's attempts in the window before `nowMs`, oldest first. Refused attempts are not
 * counted by the caller, so waiting is always enough.
 */
export function rateDecision(recentMs: readonly number[], nowMs: number, { max, windowMs }: RateLimit): RateDecision {
  const recent = recentMs.filter((at) => at > nowMs - windowMs);
  if (recent.length < max) return { allowed: true };
  // The attempt that frees a place is the max-th newest: with `max` in the window, the oldest.
  const freesAPlace = recent[recent.length - max] ?? nowMs;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((freesAPlace + windowMs - nowMs) / 1000)) };
}
