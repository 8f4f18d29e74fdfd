import {
  photoContentTypeSchema,
  photoResponseSchema,
  type PhotoContentType,
  type PhotoResponse,
} from '../../domain/photos/photoApi';
import { sniffImage } from '../../domain/photos/sniffImage';
import { apiErrorSchema } from '../../domain/sync/protocol';
import { bearer, call, type FetchLike } from './httpCall';
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
      let response: Response;
      try {
        response = await fetchLike(url(engagementId, photoId), { headers: bearer(token) });
      } catch {
        throw new SyncError('offline', 'No connection to the server');
      }
      if (!response.ok) {
        const parsed = apiErrorSchema.safeParse(await response.json().catch(() => undefined));
        const code = response.status === 404 ? 'not_found' : response.status === 401 ? 'unauthorized' : 'rejected';
        throw new SyncError(
          code,
          parsed.success ? parsed.data.error.message : `The server answered ${response.status}`,
        );
      }
      // The bytes are checked like any answer: only an image they declare themselves is kept.
      const bytes = await response.arrayBuffer();
      const sniffed = sniffImage(new Uint8Array(bytes));
      const contentType = photoContentTypeSchema.safeParse(sniffed);
      if (!contentType.success) throw new SyncError('bad_response', 'The server sent a photo this app cannot show');
      return { bytes, contentType: contentType.data };
    },
  };
}
