import { describe, expect, it } from 'vitest';
import { pullResponseSchema, protocolVersion, schemaVersion } from '../sync/protocol';
import { findingSchema } from './finding';
import { isTombstone, recordOrTombstoneSchema, tombstoneSchema } from './tombstone';

const id = '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f';
const engagementId = '0c6bbf3a-6a52-4d7e-8a0c-1d2e3f4a5b6c';

describe('a bare tombstone', () => {
  it('is valid on the wire, in a pull page, and parses as a tombstone of any record type', () => {
    const page = pullResponseSchema.parse({
      protocolVersion,
      schemaVersion,
      changes: [{ recordType: 'note', record: { id, rev: 12, deleted: true } }],
      cursor: 12,
      hasMore: false,
    });
    const parsed = recordOrTombstoneSchema('note').parse(page.changes[0]?.record);
    expect(parsed).toEqual({ id, rev: 12, deleted: true });
    expect(isTombstone(parsed)).toBe(true);
    expect(recordOrTombstoneSchema('finding').safeParse({ id, rev: 1, deleted: true, engagementId }).success).toBe(
      true,
    );
  });

  it.each([
    ['not deleted', { id, rev: 3, deleted: false }],
    ['without a rev', { id, deleted: true }],
    ['with a field of the record left in', { id, rev: 3, deleted: true, headline: 'Carers feel heard' }],
    ['with conflicts', { id, rev: 3, deleted: true, conflicts: [] }],
  ])('is not one when %s', (_, row) => {
    expect(tombstoneSchema.safeParse(row).success).toBe(false);
    expect(recordOrTombstoneSchema('finding').safeParse(row).success).toBe(false);
  });

  it('leaves the live record’s schema as strict as before', () => {
    expect(findingSchema.safeParse({ id, rev: 3, deleted: true }).success).toBe(false);
    const whole = findingSchema.parse({
      id,
      engagementId,
      rev: 3,
      updatedAt: '2026-11-23T19:00:00.000Z',
      deleted: true,
      themeId: id,
      lane: 'strength',
      headline: 'Carers feel heard',
      explanation: '',
      status: 'proposed',
      position: 1,
      noteIds: [],
      mergedFromIds: [],
      authorId: id,
      createdAt: '2026-11-23T19:00:00.000Z',
    });
    expect(isTombstone(recordOrTombstoneSchema('finding').parse(whole))).toBe(false);
  });
});
