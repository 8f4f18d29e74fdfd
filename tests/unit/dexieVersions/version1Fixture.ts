/**
 * A database as version 1 of the app stored it (commit 2b537ca): records without
 * `conflicts`, outbox entries without `setChanges` whose set fields (themes, scope
 * questions, stakeholder groups) hold the whole new list in `changes`. Frozen: never
 * edit it to follow today's schema, that is what the upgrade steps are for.
 */

export const version1Stores = {
  engagement: 'id',
  theme: 'id, engagementId',
  scopeQuestion: 'id, engagementId',
  member: 'id, engagementId',
  session: 'id, engagementId',
  note: 'id, engagementId, [engagementId+sessionId]',
  outbox: '[engagementId+seq], engagementId, [engagementId+recordId]',
  deviceIdentity: 'engagementId',
};

export const engagementId = '7b0f3a52-2c1e-4d6a-9b8c-0e1f2a3b4c5d';
export const memberId = '2a9c4e61-5b3d-4f7a-8c1e-6d2b3a4c5e6f';
const managerId = '9e8d7c6b-5a49-4382-a716-05f4e3d2c1b0';
export const themeIds = ['c1a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f8', 'c2b3c4d5-e6f7-4081-9203-b4c5d6e7f809'] as const;
export const scopeQuestionId = '5f6e7d8c-9bab-4cde-8f01-23456789abcd';
export const sessionId = 'a0b1c2d3-e4f5-4607-8819-2a3b4c5d6e7f';
export const noteIds = ['e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7', 'e2f3a4b5-c6d7-4e8f-9102-b3c4d5e6f7a8'] as const;

const synced = (id: string, rev: number) => ({
  id,
  engagementId,
  rev,
  updatedAt: '2026-11-23T09:00:00.000Z',
  deleted: false,
});

/** What creating the second note sent; its create and delete folded into one entry. */
const deletedNoteCreated = {
  sessionId,
  text: 'Duplicate',
  evidenceType: 'heard',
  themeIds: [],
  scopeQuestionIds: [],
  stance: 'neutral',
  isQuote: false,
  authorId: memberId,
  createdAt: '2026-11-23T10:20:00.000Z',
  documentReference: '',
};

export const version1Rows: Record<string, object[]> = {
  engagement: [
    {
      ...synced(engagementId, 1),
      council: 'Northshire County Council',
      title: 'Adult social care peer challenge',
      onSiteFrom: '2026-11-23',
      onSiteTo: '2026-11-26',
    },
  ],
  theme: [
    { ...synced(themeIds[0], 2), name: 'Working together', position: 0 },
    { ...synced(themeIds[1], 3), name: 'Leadership', position: 1 },
  ],
  scopeQuestion: [{ ...synced(scopeQuestionId, 4), text: 'How well do partners share information?', position: 0 }],
  member: [
    { ...synced(memberId, 5), displayName: 'Priya Shah', role: 'peer', position: 'member peer' },
    { ...synced(managerId, 6), displayName: 'Tom Evans', role: 'manager', position: 'challenge manager' },
  ],
  session: [
    {
      ...synced(sessionId, 7),
      title: 'Focus group with front-line staff',
      kind: 'focus group',
      stakeholderGroups: ['front-line staff', 'managers'],
      otherStakeholderGroup: '',
      startsAt: '2026-11-23T10:00:00.000Z',
      endsAt: '2026-11-23T11:00:00.000Z',
      location: 'Room 4',
    },
  ],
  note: [
    {
      ...synced(noteIds[0], 8),
      sessionId,
      text: 'Staff say the new front door works, but carers wait weeks for an assessment.',
      evidenceType: 'heard',
      themeIds: [themeIds[0]],
      scopeQuestionIds: [scopeQuestionId],
      stance: 'area for consideration',
      isQuote: false,
      authorId: memberId,
      createdAt: '2026-11-23T10:05:00.000Z',
      documentReference: '',
    },
    {
      // Typed offline and not pushed yet (rev 0), then deleted.
      ...synced(noteIds[1], 0),
      deleted: true,
      sessionId,
      text: 'Duplicate',
      evidenceType: 'heard',
      themeIds: [],
      scopeQuestionIds: [],
      stance: 'neutral',
      isQuote: false,
      authorId: memberId,
      createdAt: '2026-11-23T10:20:00.000Z',
      documentReference: '',
    },
  ],
  outbox: [
    {
      // Taken by a push the server never answered: frozen, sent again as it is.
      seq: 3,
      recordType: 'session',
      recordId: sessionId,
      op: 'upsert',
      changes: { stakeholderGroups: ['front-line staff', 'managers'], location: 'Room 4' },
      baseRevs: { stakeholderGroups: 7, location: 7 },
      editedAt: '2026-11-23T09:55:00.000Z',
      engagementId,
      state: 'taken',
    },
    {
      seq: 4,
      recordType: 'note',
      recordId: noteIds[1],
      op: 'delete',
      changes: deletedNoteCreated,
      baseRevs: Object.fromEntries(Object.keys(deletedNoteCreated).map((field) => [field, 0])),
      editedAt: '2026-11-23T10:21:00.000Z',
      engagementId,
      state: 'waiting',
    },
    {
      seq: 5,
      recordType: 'note',
      recordId: noteIds[0],
      op: 'upsert',
      changes: { themeIds: [themeIds[0]], stance: 'area for consideration' },
      baseRevs: { themeIds: 8, stance: 8 },
      editedAt: '2026-11-23T10:30:00.000Z',
      engagementId,
      state: 'waiting',
    },
  ],
  deviceIdentity: [
    {
      engagementId,
      deviceToken: 'dt_0123456789abcdefghijklmnopqrstuv',
      deviceId: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
      memberId,
      role: 'peer',
      displayName: 'Priya Shah',
      nextSeq: 6,
      pullCursor: 8,
      storagePersisted: true,
    },
  ],
};
