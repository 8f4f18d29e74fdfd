import { createMiddleware } from 'hono/factory';
import { ApiFailure } from '../apiFailure';
import { authenticate, type Caller } from '../auth/authenticate';
import { noteDeviceSeen } from '../auth/lastSeen';
import type { Storage } from '../storage/storage';

export type AuthEnv = { Variables: { caller: Caller } };

/** Longest header value worth hashing; real tokens are 43 characters. */
const maxTokenLength = 200;

/**
 * Requires `Authorization: Bearer <device token>` and puts the caller on the context.
 * Each route group applies it itself; when groups share a path the first one to run
 * authenticates and the others see the caller already set, so a request is checked once.
 */
export function bearerAuth(storage: Storage, now: () => Date = () => new Date()) {
  return createMiddleware<AuthEnv>(async (c, next) => {
    if (c.get('caller') !== undefined) {
      await next();
      return;
    }
    const match = /^Bearer +(\S+)$/i.exec(c.req.header('Authorization') ?? '');
    const token = match?.[1];
    if (!token || token.length > maxTokenLength) {
      throw new ApiFailure('unauthorized', 'Sign in: this request needs the device token from joining.');
    }
    const authenticated = await authenticate(storage, token);
    if (!authenticated) {
      throw new ApiFailure('unauthorized', 'This device is not signed in any more; join again with a new link.');
    }
    await noteDeviceSeen(storage, authenticated.caller.deviceId, authenticated.lastSeenAt, now());
    c.set('caller', authenticated.caller);
    await next();
  });
}
