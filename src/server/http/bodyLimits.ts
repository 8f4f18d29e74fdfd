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
 * A limit of `maxSize` bytes, refused with `tooLarge`. A declared Content-Length is checked
 * from the header, as hono's bodyLimit does, but without touching `c.req.raw.body`: that
 * makes @hono/node-server wrap the socket in a web Request, and the route then reads the
 * body through web streams instead of straight from the socket (~1 ms a push of 500
 * notes). A body without a declared length goes through bodyLimit, which counts it as it
 * is read.
 */
function limit(maxSize: number, tooLarge: () => Response): MiddlewareHandler {
  const counted = bodyLimit({ maxSize, onError: tooLarge });
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const declared = c.req.header('Content-Length');
    if (declared === undefined || c.req.header('Transfer-Encoding') !== undefined) return counted(c, next);
    return Number.parseInt(declared, 10) > maxSize ? tooLarge() : next();
  };
}

/**
 * Body size limits for /api: 2 MB for a photo upload, 5 MB for everything else. A
 * declared Content-Length over the limit is refused before anything else runs; a body
 * without one is counted while it is read.
 */
export function bodyLimits(): MiddlewareHandler {
  const json = limit(maxBodyBytes, () =>
    errorResponse(
      'payload_too_large',
      `The body is larger than ${megabytes(maxBodyBytes)} MB; send fewer mutations per push.`,
    ),
  );
  const photo = limit(photoMaxBytes, () =>
    errorResponse('payload_too_large', `Photos may be at most ${megabytes(photoMaxBytes)} MB.`, 'body'),
  );
  return (c, next) => (isPhotoUpload(c) ? photo(c, next) : json(c, next));
}
