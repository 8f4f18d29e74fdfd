import { version4AllStores, version4Rows } from './version4Fixture';
import * as v2 from './version2Fixture';

/**
 * A council member's database as version 6 of the app stored it: version 4's tables plus
 * the evening merge (version 5) and refused edits (version 6). It holds two presentations
 * and a letter as published, an earlier one withdrawn to its bare tombstone, a
 * comment without section or status, and a cursor that counted every change of the
 * engagement. Frozen.
 */
export const version5Stores = {
  finding: 'id, engagementId, [engagementId+themeId]',
  recommendation: 'id, engagementId',
  stillToCover: 'id, engagementId',
};
export const version6Stores = { refusedEdit: '[engagementId+seq], engagementId' };
export const version6AllStores = { ...version4AllStores, ...version5Stores, ...version6Stores };

export const { engagementId } = v2;
export const councilMemberId = '6a5b4c3d-2e1f-4a0b-8c9d-7e6f5a4b3c2d';
export const firstPresentationId = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
export const secondPresentationId = '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f';
export const withdrawnId = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8c';
export const letterId = '4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a';
export const commentId = '1b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e';

const synced = (id: string, rev: number) => ({
  id,
  engagementId,
  rev,
  updatedAt: '2026-11-27T15:00:00.000Z',
  deleted: false,
  conflicts: [],
});
const body = {
  sections: [{ heading: 'Financial planning', blocks: [{ kind: 'paragraph', text: 'The plan is credible.' }] }],
};

export const version6Rows: Record<string, object[]> = {
  publishedSnapshot: [
    // Listed out of order: the numbers follow the time each was published.
    {
      ...synced(secondPresentationId, 60),
      title: 'Feedback presentation, corrected',
      kind: 'presentation',
      publishedAt: '2026-11-28T09:00:00.000Z',
      body,
    },
    {
      ...synced(firstPresentationId, 40),
      title: 'Feedback presentation',
      kind: 'presentation',
      publishedAt: '2026-11-27T15:00:00.000Z',
      body,
    },
    {
      ...synced(letterId, 90),
      title: 'Summary letter',
      kind: 'summary letter',
      publishedAt: '2026-12-20T10:00:00.000Z',
      body,
    },
    { id: withdrawnId, engagementId, rev: 70, deleted: true },
  ],
  accuracyComment: [
    {
      ...synced(commentId, 50),
      snapshotId: firstPresentationId,
      text: 'The plan covers four years, not three.',
      authorId: councilMemberId,
      createdAt: '2026-11-28T10:00:00.000Z',
    },
  ],
  outbox: [],
  refusedEdit: [],
  deviceIdentity: [
    {
      engagementId,
      deviceToken: 'dt_councilabcdefghijklmnopqrstuvwxyz',
      deviceId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
      memberId: councilMemberId,
      role: 'council',
      displayName: 'Alex Morgan',
      nextSeq: 2,
      pullCursor: 90,
      storagePersisted: true,
    },
  ],
};

/** A team member's identity in the same database shape: its cursor stays. */
export const peerIdentity = { ...(version4Rows.deviceIdentity?.[0] ?? {}), pullCursor: 95 };
