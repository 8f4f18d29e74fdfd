import { version2AllStores, version2Rows } from './version2Fixture';
import * as v2 from './version2Fixture';

/**
 * A database as version 3 of the app stored it (commit c422247): version 2's rows, notes
 * with `photoIds`, sessions with assigned peers and attendees, and a photo's bytes in the
 * `photo` table. No typing journal yet (version 4 adds `noteDraft`). Frozen.
 */
export const version3Stores = { photo: 'id, engagementId, noteId, [engagementId+uploaded]' };
export const version3AllStores = { ...version2AllStores, ...version3Stores };

export const { engagementId, sessionId, noteId } = v2;
export const photoId = '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f';

/** The first bytes of a PNG: enough for the sniff, the test reads them back whole. */
export const pngBytes = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0];

export const version3Rows: Record<string, object[]> = {
  ...version2Rows,
  session: (version2Rows.session ?? []).map((session) => ({
    ...session,
    assignedMemberIds: [v2.memberId],
    attendeeCount: 9,
    attendeeNames: '',
  })),
  note: (version2Rows.note ?? []).map((note) => ({ ...note, photoIds: [photoId] })),
  photo: [
    {
      id: photoId,
      engagementId,
      noteId,
      bytes: new Uint8Array(pngBytes).buffer,
      contentType: 'image/png',
      uploaded: 1,
      storedAt: '2026-11-24T14:12:00.000Z',
    },
  ],
};
