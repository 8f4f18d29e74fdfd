import { version4AllStores, version4Rows } from './version4Fixture';
import * as v2 from './version2Fixture';

/**
 * A council member's database as version 6 of the app stored it: version 4's tables plus
 * the evening merge (version 5) and refused edits (version 6). It holds two presentations
 * and a letter as published, an earlier one withdrawn to its bare tombstone, a
 * comment without section or status, and a cursor that counted every change of the
 * engagement; and, as a team tablet holds them, a session stored before `cancelled` and one
 * erased to its bare tombstone. Frozen.
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
export const sessionId = '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a';
export const erasedSessionId = '3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b';

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
  // Stored before version 7's set fields: the upgrade fills rolesToCheck and mergedNoteIds.
  engagement: [
    {
      ...synced(engagementId, 1),
      council: 'Northshire County Council',
      title: 'Corporate peer challenge',
      onSiteFrom: '2026-11-24',
      onSiteTo: '2026-11-27',
    },
  ],
  finding: [
    {
      ...synced('2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6a', 30),
      themeId: '8b9c0d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e',
      lane: 'strength',
      headline: 'Partners trust each other',
      explanation: '',
      status: 'agreed',
      position: 1,
      noteIds: ['9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f'],
      mergedFromIds: [],
      authorId: councilMemberId,
      createdAt: '2026-11-26T18:00:00.000Z',
    },
  ],
  // Stored before a session could be kept as cancelled: the upgrade fills `cancelled`.
  session: [
    {
      ...synced(sessionId, 20),
      title: 'Focus group with carers',
      kind: 'focus group',
      stakeholderGroups: ['carers'],
      otherStakeholderGroup: '',
      startsAt: '2026-11-25T10:00:00.000Z',
      endsAt: '2026-11-25T11:00:00.000Z',
      location: 'Room 2',
      assignedMemberIds: [],
      attendeeCount: 8,
      attendeeNames: '',
    },
    { id: erasedSessionId, engagementId, rev: 25, deleted: true },
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
