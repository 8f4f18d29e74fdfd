import { describe, expect, it } from 'vitest';
import type { PublishedSnapshot } from '../records/publishedSnapshot';
import { snapshotWriteRefusal } from './publishedSnapshotRules';

const snapshot: PublishedSnapshot = {
  id: 'b0000000-0000-4000-8000-000000000003',
  engagementId: 'e0000000-0000-4000-8000-000000000004',
  rev: 7,
  updatedAt: '2026-12-04T16:00:00.000Z',
  deleted: false,
  conflicts: [],
  title: 'Feedback presentation',
  kind: 'presentation',
  number: 1,
  publishedAt: '2026-12-04T16:00:00.000Z',
  body: { sections: [] },
};

describe('snapshotWriteRefusal', () => {
  it.each([
    ['title', 'Corrected'],
    ['body', { sections: [{ heading: 'New', blocks: [] }] }],
    ['kind', 'summary letter'],
    ['number', 2],
    ['publishedAt', '2026-12-05T16:00:00.000Z'],
  ])('refuses a change of %s', (field, value) => {
    expect(snapshotWriteRefusal(snapshot, { op: 'upsert', changes: { [field]: value } })).toMatchObject({
      field: `changes.${field}`,
    });
  });

  it('lets a new snapshot, a withdrawal and a value equal to the stored one through', () => {
    expect(snapshotWriteRefusal(undefined, { op: 'upsert', changes: { title: 'New' } })).toBeUndefined();
    expect(snapshotWriteRefusal(snapshot, { op: 'delete', changes: {} })).toBeUndefined();
    expect(snapshotWriteRefusal(snapshot, { op: 'upsert', changes: { title: snapshot.title } })).toBeUndefined();
  });

  it('refuses any edit of a withdrawn snapshot, even one that changes nothing', () => {
    const withdrawn = { ...snapshot, deleted: true };
    expect(snapshotWriteRefusal(withdrawn, { op: 'upsert', changes: {} })).toMatchObject({ field: 'recordId' });
    expect(snapshotWriteRefusal(withdrawn, { op: 'delete', changes: {} })).toBeUndefined();
  });
});
