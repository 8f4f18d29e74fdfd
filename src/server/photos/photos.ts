import { z } from 'zod';
import { photoContentTypeSchema, type PhotoResponse } from '../../domain/photos/photoApi';
import { sniffImage } from '../../domain/photos/sniffImage';
import { ApiFailure } from '../apiFailure';
import type { Caller } from '../auth/authenticate';
import { requireRole } from '../auth/requireRole';
import { parseInput } from '../parseInput';
import type { PhotoRow, Storage } from '../storage/storage';
import { assertOwnEngagement } from '../sync/assertEngagement';

/** Photos are evidence, like notes: the team handles them, the council never sees them. */
const teamRoles = ['manager', 'peer'] as const;

function toResponse(row: PhotoRow): PhotoResponse {
  // Parsed rather than cast: it was sniffed on upload, so anything else is a bug.
  const contentType = photoContentTypeSchema.parse(row.contentType);
  return { photo: { id: row.id, contentType, size: row.bytes.length, createdAt: row.createdAt } };
}

/** 404 for another engagement, 403 for the council, 400 for an id that is not a UUID. */
function checkAccess(caller: Caller, engagementId: string, photoId: string, action: string): string {
  assertOwnEngagement(caller, engagementId);
  requireRole(caller, teamRoles, action);
  return parseInput(z.uuid(), photoId, 'photoId');
}

/**
 * Stores a photo under the UUID its device made.
 * 1. Access is checked before a byte is read.
 * 2. The body (at most 2 MB, enforced while it is read) must be a JPEG, PNG or WebP by
 *    its first bytes; the Content-Type header and any file name are ignored.
 * 3. A second upload under the same id keeps the first photo: retrying is safe.
 */
export async function putPhoto(
  storage: Storage,
  caller: Caller,
  engagementId: string,
  photoId: string,
  readBytes: () => Promise<Uint8Array>,
  now: Date,
): Promise<PhotoResponse> {
  // 1.
  const id = checkAccess(caller, engagementId, photoId, 'upload photos');
  // 2.
  const bytes = await readBytes();
  if (bytes.length === 0) throw new ApiFailure('bad_request', 'The photo is empty.', 'body');
  const contentType = sniffImage(bytes);
  if (!contentType) {
    throw new ApiFailure('unsupported_media_type', 'Photos must be JPEG, PNG or WebP images.', 'body');
  }
  // 3.
  const row: PhotoRow = {
    engagementId,
    id,
    contentType,
    bytes,
    memberId: caller.memberId,
    createdAt: now.toISOString(),
  };
  return storage.transaction(async (tx) => {
    if (await tx.insertPhoto(row)) return toResponse(row);
    const kept = await tx.getPhoto(engagementId, id);
    if (!kept) throw new Error('photo vanished after a conflicting insert');
    return toResponse(kept);
  });
}

/** A photo's bytes and stored type, for the team. */
export async function getPhoto(
  storage: Storage,
  caller: Caller,
  engagementId: string,
  photoId: string,
): Promise<PhotoRow> {
  const id = checkAccess(caller, engagementId, photoId, 'see photos');
  const photo = await storage.read((tx) => tx.getPhoto(engagementId, id));
  if (!photo) throw new ApiFailure('not_found', 'No such photo.', 'photoId');
  return photo;
}
