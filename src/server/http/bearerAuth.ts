import { createMiddleware } from 'hono/factory';
import { ApiFailure } from '../apiFailure';
import { authenticate, type Caller } from '../auth/authenticate';
import type { Storage } from '../storage/storage';

export type AuthEnv = { Variables: { caller: Caller } };

/** Longest header value worth hashing; real tokens are 43 characters. */
const maxTokenLength = 200;

/** Requires `Authorization: Bearer <device token>` and puts the caller on the context. */
export function bearerAuth(storage: Storage) {
  return createMiddleware<AuthEnv>(async (c, next) => {
    const match = /^Bearer +(\S+)$/i.exec(c.req.header('Authorization') ?? '');
    const token = match?.[1];
    if (!token || token.length > maxTokenLength) {
      throw new ApiFailure('unauthorized', 'Sign in: this request needs the device token from joining.');
    }
    const caller = await authenticate(storage, token);
    if (!caller) {
      throw new ApiFailure('unauthorized', 'This device is not signed in any more; join again with a new link.');
    }
    c.set('caller', caller);
    await next();
  });
}
