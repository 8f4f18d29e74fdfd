import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { engagementId, joinedDb, memberId, session } from '../../../tests/unit/storeFixtures';
import { getDeviceIdentity, saveJoin } from './deviceIdentityRepository';
import { createNote } from './noteRepository';

describe('joining again on this device', () => {
  it('keeps the outbox numbering, so waiting edits keep theirs and new ones never take a used number', async () => {
    const db = await joinedDb();
    await createNote(db, session, memberId);
    await createNote(db, session, memberId);
    await saveJoin(
      db,
      {
        deviceToken: 'another-token-another-token',
        deviceId: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
        engagementId,
        memberId,
        role: 'peer',
        displayName: 'Priya Shah',
      },
      true,
    );
    expect(await getDeviceIdentity(db, engagementId)).toMatchObject({
      deviceId: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      deviceToken: 'another-token-another-token',
      nextSeq: 3,
    });
    await createNote(db, session, memberId);
    const entries = await db.outbox.orderBy('[engagementId+seq]').toArray();
    expect(entries.map((entry) => entry.seq)).toEqual([1, 2, 3]);
  });
});
