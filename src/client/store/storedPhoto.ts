import { z } from 'zod';
import { photoContentTypeSchema } from '../../domain/photos/photoApi';

/** Checked by tag, not instanceof: bytes read back in a test or another realm have another ArrayBuffer. */
const isArrayBuffer = (value: unknown): value is ArrayBuffer =>
  Object.prototype.toString.call(value) === '[object ArrayBuffer]';

/**
 * A photo's bytes on this device (Dexie table `photo`, version 3). Not a synced record:
 * a note holds the photo's id in `photoIds`, and the bytes travel on the photo route
 * (PUT/GET /api/engagements/:id/photos/:photoId). Backups read this table as it is.
 */
export const storedPhotoSchema = z.object({
  /** UUID made on the device that took the photo; also its id on the server. */
  id: z.uuid(),
  engagementId: z.uuid(),
  /** The note the photo was taken with (a photo belongs to one note). */
  noteId: z.uuid(),
  /**
   * The image bytes. Plain bytes rather than a Blob: every IndexedDB (Safari's included)
   * stores an ArrayBuffer, and a backup can write it out as it is.
   */
  bytes: z.custom<ArrayBuffer>(isArrayBuffer, 'Photo bytes must be an ArrayBuffer'),
  contentType: photoContentTypeSchema,
  /**
   * 1 once the server has the bytes (uploaded from here, or fetched from it), 0 while
   * waiting to upload. A number because IndexedDB cannot index booleans.
   */
  uploaded: z.union([z.literal(0), z.literal(1)]),
  /** Why the server refused the upload, when it did; the uploader then stops retrying it. */
  uploadRefused: z.string().optional(),
  /** When the photo was stored on this device (ISO time). */
  storedAt: z.iso.datetime(),
});
export type StoredPhoto = z.infer<typeof storedPhotoSchema>;
