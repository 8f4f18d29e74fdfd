import type { PhotoContentType } from '../../domain/photos/photoApi';

/**
 * A photo's bytes on this device (Dexie table `photo`, version 3). Not a synced record:
 * a note holds the photo's id in `photoIds`, and the bytes travel on the photo route
 * (PUT/GET /api/engagements/:id/photos/:photoId). Backups read this table as it is.
 */
export type StoredPhoto = {
  /** UUID made on the device that took the photo; also its id on the server. */
  id: string;
  engagementId: string;
  /** The note the photo was taken with (a photo belongs to one note). */
  noteId: string;
  /**
   * The image bytes. Plain bytes rather than a Blob: every IndexedDB (Safari's included)
   * stores an ArrayBuffer, and a backup can write it out as it is.
   */
  bytes: ArrayBuffer;
  contentType: PhotoContentType;
  /**
   * 1 once the server has the bytes (uploaded from here, or fetched from it), 0 while
   * waiting to upload. A number because IndexedDB cannot index booleans.
   */
  uploaded: 0 | 1;
  /** Why the server refused the upload, when it did; the uploader then stops retrying it. */
  uploadRefused?: string;
  /** When the photo was stored on this device (ISO time). */
  storedAt: string;
};
