import { version1Stores } from './version1Fixture';

/**
 * A database as version 2 of the app stored it (commit 6d1e06f): records carry
 * `conflicts` and outbox entries `setChanges`, the council's published snapshots and
 * accuracy comments have their tables; notes have no `photoIds` yet and sessions no
 * assigned peers or attendees. Frozen: the upgrade steps follow the schema, not this file.
 */

export const version2Stores = {
  publishedSnapshot: 'id, engagementId',
  accuracyComment: 'id, engagementId, [engagementId+snapshotId]',
};
export const version2AllStores = { ...version1Stores, ...version2Stores };

export const engagementId = '4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a';
export const memberId = '8b7a6f5e-4d3c-4b2a-9f0e-1d2c3b4a5f6e';
const councilMemberId = '6a5b4c3d-2e1f-4a0b-8c9d-7e6f5a4b3c2d';
export const themeId = 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e';
export const sessionId = 'd1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6';
export const noteId = 'f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9';
const snapshotId = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const commentId = '1b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e';

const synced = (id: string, rev: number) => ({
  id,
  engagementId,
  rev,
  updatedAt: '2026-11-24T09:00:00.000Z',
  deleted: false,
  conflicts: [],
});

export const version2Rows: Record<string, object[]> = {
  engagement: [
    {
      ...synced(engagementId, 1),
      council: 'Eastbridge Borough Council',
      title: 'Corporate peer challenge',
      onSiteFrom: '2026-11-24',
      onSiteTo: '2026-11-27',
    },
  ],
  theme: [{ ...synced(themeId, 2), name: 'Financial planning and management', position: 0 }],
  scopeQuestion: [],
  member: [
    { ...synced(memberId, 3), displayName: 'Priya Shah', role: 'peer', position: 'officer peer' },
    { ...synced(councilMemberId, 4), displayName: 'Alex Morgan', role: 'council', position: 'council contact' },
  ],
  session: [
    {
      ...synced(sessionId, 5),
      title: 'Interview with the section 151 officer',
      kind: 'interview',
      stakeholderGroups: ['senior officers'],
      otherStakeholderGroup: '',
      startsAt: '2026-11-24T14:00:00.000Z',
      endsAt: '2026-11-24T15:00:00.000Z',
      location: 'Civic Centre, room 2',
    },
  ],
  note: [
    {
      ...synced(noteId, 6),
      // Two peers changed the stance at once: the server kept one and this one lost.
      conflicts: [
        {
          field: 'stance',
          value: 'neutral',
          memberId: councilMemberId,
          rev: 6,
          at: '2026-11-24T14:40:00.000Z',
        },
      ],
      sessionId,
      text: '"We have a three-year plan, but reserves cover only one bad winter."',
      evidenceType: 'heard',
      themeIds: [themeId],
      scopeQuestionIds: [],
      stance: 'area for consideration',
      isQuote: true,
      authorId: memberId,
      createdAt: '2026-11-24T14:10:00.000Z',
      documentReference: '',
    },
  ],
  publishedSnapshot: [
    {
      ...synced(snapshotId, 7),
      title: 'Feedback presentation',
      kind: 'presentation',
      publishedAt: '2026-11-27T15:00:00.000Z',
      body: {
        sections: [
          {
            heading: 'Financial planning and management',
            blocks: [
              { kind: 'paragraph', text: 'The council knows its financial position well.' },
              { kind: 'bullets', items: ['A credible medium-term plan', 'Reserves are low'] },
            ],
          },
        ],
      },
    },
  ],
  accuracyComment: [
    {
      ...synced(commentId, 8),
      snapshotId,
      text: 'The plan covers four years, not three.',
      authorId: councilMemberId,
      createdAt: '2026-11-28T10:00:00.000Z',
    },
  ],
  outbox: [
    {
      seq: 12,
      recordType: 'note',
      recordId: noteId,
      op: 'upsert',
      changes: { text: '"We have a three-year plan, but reserves cover only one bad winter."' },
      setChanges: { themeIds: { add: [themeId], remove: [] } },
      baseRevs: { text: 6, themeIds: 6 },
      editedAt: '2026-11-24T14:45:00.000Z',
      engagementId,
      state: 'waiting',
    },
  ],
  deviceIdentity: [
    {
      engagementId,
      deviceToken: 'dt_abcdefghijklmnopqrstuvwxyz012345',
      deviceId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
      memberId,
      role: 'peer',
      displayName: 'Priya Shah',
      nextSeq: 13,
      pullCursor: 8,
      storagePersisted: null,
    },
  ],
};
