import type { TriangulateDb } from '../store/db';
import {
  listMissingPhotoIds,
  listPhotosToUpload,
  markPhotoRefused,
  markPhotoUploaded,
  saveFetchedPhoto,
} from '../store/photoRepository';
import type { PhotoApi } from './photoApiClient';
import { SyncError } from './syncError';

/** Photos fetched per sync: a team's photos arrive over a few syncs, never as one huge burst. */
export const maxPhotoDownloadsPerSync = 20;

/**
 * Moves photo bytes after the notes have synced: uploads photos taken here, then
 * fetches teammates' photos this device lacks so they show offline too.
 * Offline or unauthorised stops the run (the sync engine reports it); a photo the server
 * refuses is marked and not retried; a photo its taker has not uploaded yet (404) is
 * tried again next sync.
 */
export async function syncPhotos(db: TriangulateDb, api: PhotoApi, engagementId: string, token: string): Promise<void> {
  // 1. Upload: the route is idempotent, so a retry after a lost answer is harmless.
  for (const photo of await listPhotosToUpload(db, engagementId)) {
    try {
      await api.putPhoto(engagementId, token, photo.id, photo.bytes);
      await markPhotoUploaded(db, photo.id);
    } catch (error) {
      if (error instanceof SyncError && error.code === 'rejected') await markPhotoRefused(db, photo.id, error.message);
      else throw error;
    }
  }

  // 2. Download what teammates took.
  const missing = (await listMissingPhotoIds(db, engagementId)).slice(0, maxPhotoDownloadsPerSync);
  for (const wanted of missing) {
    try {
      const fetched = await api.getPhoto(engagementId, token, wanted.id);
      await saveFetchedPhoto(db, engagementId, { ...wanted, ...fetched });
    } catch (error) {
      if (!(error instanceof SyncError) || error.code !== 'not_found') throw error;
    }
  }
}
