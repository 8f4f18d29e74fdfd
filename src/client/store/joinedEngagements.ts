import type { Engagement } from '../../domain/records/engagement';
import type { TriangulateDb } from './db';
import type { DeviceIdentity } from './deviceIdentity';

/** An engagement this device has joined: who it is there, and the engagement once pulled. */
export type JoinedEngagement = {
  member: Pick<DeviceIdentity, 'engagementId' | 'displayName' | 'role'>;
  /** Absent until the first sync brings it (and always on a council device, which never pulls it). */
  engagement: Pick<Engagement, 'council' | 'title' | 'onSiteFrom' | 'onSiteTo'> | undefined;
};

/** Every engagement this device has joined, for the start screen. */
export async function listJoinedEngagements(db: TriangulateDb): Promise<JoinedEngagement[]> {
  const identities = await db.deviceIdentity.toArray();
  return Promise.all(
    identities.map(async ({ engagementId, displayName, role }) => {
      const engagement = await db.engagement.get(engagementId);
      return { member: { engagementId, displayName, role }, engagement: engagement?.deleted ? undefined : engagement };
    }),
  );
}
