import { createMiddleware } from 'hono/factory';
import type { Storage } from '../storage/storage';
import { clientAddress } from './clientAddress';
import { errorResponse } from './errorResponse';
import { rateDecision } from './rateDecision';
import type { IsTrustedProxy } from './trustedProxies';

/** Join attempts per address per minute: a team joining together needs a handful. */
export const joinAttemptsPerMinute = 10;
const limit = { max: joinAttemptsPerMinute, windowMs: 60_000 };

/**
 * Slows down guessing of join codes: each address gets a few attempts a minute, good or
 * bad, counted before the body is read. Over the limit → 429 with Retry-After. The count
 * is in the database, so every server process behind a load balancer shares it and a
 * restart forgets nothing.
 */
export function joinRateLimit(storage: Storage, now: () => Date, isTrustedProxy: IsTrustedProxy) {
  return createMiddleware(async (c, next) => {
    const address = clientAddress(c, isTrustedProxy);
    const nowMs = now().getTime();
    const decision = await storage.transaction(async (tx) => {
      const recent = await tx.joinAttemptsSince(address, nowMs - limit.windowMs);
      const answer = rateDecision(recent, nowMs, limit);
      if (answer.allowed) await tx.addJoinAttempt(address, nowMs);
      await tx.forgetJoinAttempts(nowMs - limit.windowMs);
      return answer;
    });
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
