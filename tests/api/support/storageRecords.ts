import { randomUUID } from 'node:crypto';

/** A valid theme record for storage-level tests, which bypass the HTTP layer. */
export const theme = (engagementId: string, rev: number) => ({
  id: randomUUID(),
  engagementId,
  rev,
  updatedAt: '2026-03-02T10:00:00.000Z',
  deleted: false,
  name: 'Working together',
  position: 1,
  conflicts: [],
});
