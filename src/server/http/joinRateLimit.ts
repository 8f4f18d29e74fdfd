import { createMiddleware } from 'hono/factory';
import { clientAddress } from './clientAddress';
import { errorResponse } from './errorResponse';
import { RateLimiter } from './rateLimiter';

/** Join attempts per address per minute: a team joining together needs a handful. */
export const joinAttemptsPerMinute = 10;

/**
 * Slows down guessing of join codes: each address gets a few attempts a minute, good or
 * bad, counted before the body is read. Over the limit → 429 with Retry-After.
 */
export function joinRateLimit(now: () => Date) {
  const limiter = new RateLimiter(joinAttemptsPerMinute, 60_000);
  return createMiddleware(async (c, next) => {
    const decision = limiter.attempt(clientAddress(c), now().getTime());
    if (!decision.allowed) {
      const response = errorResponse(
        'rate_limited',
        `Too many join attempts from this address; try again in ${decision.retryAfterSeconds} seconds.`,
      );
      response.headers.set('Retry-After', String(decision.retryAfterSeconds));
      return response;
    }
    await next();
  });
}
