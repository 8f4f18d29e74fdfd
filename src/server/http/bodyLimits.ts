import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { photoMaxBytes } from '../../domain/photos/photoLimits';
import { errorResponse } from './errorResponse';

/** Largest JSON body: a full push of 500 long notes fits with room to spare. */
export const maxBodyBytes = 5 * 1024 * 1024;

const megabytes = (bytes: number) => bytes / 1024 / 1024;

/** A photo upload: the one route whose body is not JSON and has its own, smaller limit. */
function isPhotoUpload(c: Context): boolean {
  return c.req.method === 'PUT' && /^\/api\/engagements\/[^/]+\/photos\/[^/]+$/.test(c.req.path);
}

/**
 * Body size limits for /api: 2 MB for a photo upload, 5 MB for everything else. A
 * declared Content-Length over the limit is refused before anything else runs; a body
 * without one is counted while it is read.
 */
export function bodyLimits(): MiddlewareHandler {
  const json = bodyLimit({
    maxSize: maxBodyBytes,
    onError: () =>
      errorResponse(
        'payload_too_large',
        `The body is larger than ${megabytes(maxBodyBytes)} MB; send fewer mutations per push.`,
      ),
  });
  const photo = bodyLimit({
    maxSize: photoMaxBytes,
    onError: () => errorResponse('payload_too_large', `Photos may be at most ${megabytes(photoMaxBytes)} MB.`, 'body'),
  });
  return (c, next) => (isPhotoUpload(c) ? photo(c, next) : json(c, next));
}
