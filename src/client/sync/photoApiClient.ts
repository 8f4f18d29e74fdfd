import {
  photoContentTypeSchema,
  photoResponseSchema,
  type PhotoContentType,
  type PhotoResponse,
} from '../../domain/photos/photoApi';
import { sniffImage } from '../../domain/photos/sniffImage';
import { bearer, call, callForBytes, type FetchLike } from './httpCall';
import { SyncError } from './syncError';

export type FetchedPhoto = { bytes: ArrayBuffer; contentType: PhotoContentType };

/** Photo bytes on their own route (docs/api.md "Photos"); part of the ApiClient. */
export type PhotoApi = {
  putPhoto(engagementId: string, token: string, photoId: string, bytes: ArrayBuffer): Promise<PhotoResponse>;
  getPhoto(engagementId: string, token: string, photoId: string): Promise<FetchedPhoto>;
};

export function createPhotoApi(baseUrl: string, fetchLike: FetchLike): PhotoApi {
  const url = (engagementId: string, photoId: string) => `${baseUrl}/api/engagements/${engagementId}/photos/${photoId}`;
  return {
    putPhoto: (engagementId, token, photoId, bytes) =>
      call(
        fetchLike,
        url(engagementId, photoId),
        { method: 'PUT', headers: { 'content-type': 'application/octet-stream', ...bearer(token) }, body: bytes },
        photoResponseSchema,
      ),
    getPhoto: async (engagementId, token, photoId) => {
      const bytes = await callForBytes(fetchLike, url(engagementId, photoId), { headers: bearer(token) });
      // The bytes are checked like any answer: only an image they declare themselves is kept.
      const sniffed = sniffImage(new Uint8Array(bytes));
      const contentType = photoContentTypeSchema.safeParse(sniffed);
      if (!contentType.success) throw new SyncError('bad_response', 'The server sent a photo this app cannot show');
      return { bytes, contentType: contentType.data };
    },
  };
}
