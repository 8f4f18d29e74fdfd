import type { PhotoContentType } from '../../domain/photos/photoApi';
import type { Note } from '../../domain/records/note';
import type { TriangulateDb } from './db';
import { saveEdit } from './saveEdit';
import { StoreError, toStoreError } from './storeError';
import type { StoredPhoto } from './storedPhoto';

/** Most photos one note holds (the note schema's limit on photoIds). */
export const maxPhotosPerNote = 20;

export type NewPhoto = { bytes: ArrayBuffer; contentType: PhotoContentType };

/**
 * Stores a photo and adds its id to the note in ONE transaction (photo row, note and
 * outbox entry), so a note never names a photo this device does not hold.
 */
export async function addNotePhoto(db: TriangulateDb, noteId: string, photo: NewPhoto): Promise<StoredPhoto> {
  try {
    return await db.transaction('rw', [db.photo, db.note, db.outbox, db.deviceIdentity], async () => {
      const note = await db.note.get(noteId);
      if (!note) throw new StoreError('invalid_record', 'The note is not on this device.');
      if (note.photoIds.length >= maxPhotosPerNote) {
        throw new StoreError('invalid_record', `A note holds at most ${maxPhotosPerNote} photos.`, 'photoIds');
      }
      const stored: StoredPhoto = {
        id: crypto.randomUUID(),
        engagementId: note.engagementId,
        noteId: note.id,
        bytes: photo.bytes,
        contentType: photo.contentType,
        uploaded: 0,
        storedAt: new Date().toISOString(),
      };
      await db.photo.add(stored);
      await saveEdit(db, {
        engagementId: note.engagementId,
        recordType: 'note',
        recordId: note.id,
        op: 'upsert',
        changes: { photoIds: [...note.photoIds, stored.id] },
      });
      return stored;
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

/** Takes a photo off its note (a set remove, so it merges); the bytes stay for restore and backup. */
export async function removeNotePhoto(db: TriangulateDb, noteId: string, photoId: string): Promise<void> {
  try {
    await db.transaction('rw', [db.note, db.outbox, db.deviceIdentity], async () => {
      const note = await db.note.get(noteId);
      if (!note) throw new StoreError('invalid_record', 'The note is not on this device.');
      await saveEdit(db, {
        engagementId: note.engagementId,
        recordType: 'note',
        recordId: note.id,
        op: 'upsert',
        changes: { photoIds: note.photoIds.filter((id) => id !== photoId) },
      });
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

export function getPhoto(db: TriangulateDb, photoId: string): Promise<StoredPhoto | undefined> {
  return db.photo.get(photoId);
}

/** Photos taken here that the server does not have yet (and has not refused). */
export async function listPhotosToUpload(db: TriangulateDb, engagementId: string): Promise<StoredPhoto[]> {
  const waiting = await db.photo.where('[engagementId+uploaded]').equals([engagementId, 0]).toArray();
  return waiting.filter((photo) => photo.uploadRefused === undefined);
}

export async function markPhotoUploaded(db: TriangulateDb, photoId: string): Promise<void> {
  await db.photo.update(photoId, { uploaded: 1 });
}

export async function markPhotoRefused(db: TriangulateDb, photoId: string, reason: string): Promise<void> {
  await db.photo.update(photoId, { uploadRefused: reason });
}

/** Photo ids named by live notes of the engagement whose bytes this device lacks. */
export async function listMissingPhotoIds(
  db: TriangulateDb,
  engagementId: string,
): Promise<{ id: string; noteId: string }[]> {
  const notes: Note[] = await db.note.where('engagementId').equals(engagementId).toArray();
  const wanted = notes
    .filter((note) => !note.deleted)
    .flatMap((note) => note.photoIds.map((id) => ({ id, noteId: note.id })));
  if (wanted.length === 0) return [];
  const held = await db.photo.bulkGet(wanted.map((photo) => photo.id));
  return wanted.filter((_, index) => held[index] === undefined);
}

/** Keeps a teammate's photo fetched from the server, so it shows offline too. */
export async function saveFetchedPhoto(
  db: TriangulateDb,
  engagementId: string,
  photo: { id: string; noteId: string } & NewPhoto,
): Promise<void> {
  try {
    // One transaction: a second tab fetching the same photo finds it and leaves it be.
    await db.transaction('rw', db.photo, async () => {
      if (await db.photo.get(photo.id)) return;
      await db.photo.add({ ...photo, engagementId, uploaded: 1, storedAt: new Date().toISOString() });
    });
  } catch (error) {
    throw toStoreError(error);
  }
}
