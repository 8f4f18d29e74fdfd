import type { Session } from '../../src/domain/records/session';
import { TriangulateDb } from '../../src/client/store/db';
import { saveJoin } from '../../src/client/store/deviceIdentityRepository';

export const engagementId = '0c6bbf3a-6a52-4d7e-8a0c-1d2e3f4a5b6c';
export const memberId = '5d1c3c1e-0b7a-4f0e-9a55-2c3d4e5f6a7b';

export const session: Session = {
  id: '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9',
  engagementId,
  rev: 2,
  updatedAt: '2026-11-23T08:00:00.000Z',
  deleted: false,
  conflicts: [],
  title: 'Focus group with front-line staff',
  kind: 'focus group',
  stakeholderGroups: ['front-line staff'],
  otherStakeholderGroup: '',
  startsAt: '2026-11-23T10:00:00.000Z',
  endsAt: '2026-11-23T11:00:00.000Z',
  location: 'Room 4',
  assignedMemberIds: [],
  attendeeCount: 12,
  attendeeNames: '',
  cancelled: false,
};

/** A fresh database (over fake-indexeddb) that has joined the test engagement. */
export async function joinedDb(name = `test-${crypto.randomUUID()}`): Promise<TriangulateDb> {
  const db = new TriangulateDb(name);
  await saveJoin(
    db,
    {
      deviceToken: 'token-token-token-token-token',
      deviceId: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
      engagementId,
      memberId,
      role: 'peer',
      displayName: 'Priya Shah',
    },
    true,
  );
  return db;
}
