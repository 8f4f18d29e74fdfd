import { Hono } from 'hono';
import { getPhoto, putPhoto } from '../../photos/photos';
import type { Storage } from '../../storage/storage';
import { bearerAuth, type AuthEnv } from '../bearerAuth';

/** The file extension for each type a photo may have (sniffed on upload). */
const extensions: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

/**
 * Opened on its own, a photo is shown as an image and nothing else: no script, no
 * plugin, no same-origin rights, whatever its bytes might pass for.
 */
const photoContentSecurityPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

/** Photo bytes travel on their own route, outside sync: raw bytes in, raw bytes out. */
export function photoRoutes(storage: Storage, now: () => Date): Hono<AuthEnv> {
  return new Hono<AuthEnv>()
    .use('/engagements/*', bearerAuth(storage, now))
    .put('/engagements/:id/photos/:photoId', async (c) => {
      const readBytes = async () => new Uint8Array(await c.req.arrayBuffer());
      return c.json(await putPhoto(storage, c.var.caller, c.req.param('id'), c.req.param('photoId'), readBytes, now()));
    })
    .get('/engagements/:id/photos/:photoId', async (c) => {
      const photo = await getPhoto(storage, c.var.caller, c.req.param('id'), c.req.param('photoId'));
      // nosniff: the type was checked on upload and the browser must not guess another.
      return c.body(new Uint8Array(photo.bytes), 200, {
        'Content-Type': photo.contentType,
        'X-Content-Type-Options': 'nosniff',
        'Content-Disposition': `inline; filename="photo-${photo.id}.${extensions[photo.contentType] ?? 'bin'}"`,
        'Content-Security-Policy': photoContentSecurityPolicy,
      });
    });
}
