import { describe, expect, it } from 'vitest';
import { findingSchema, type Finding } from '../records/finding';
import { mergeMutation, type FieldStamps, type MergeContext } from './mergeMutation';
import type { Mutation } from './protocol';

const engagementId = '0c6bbf3a-6a52-4d7e-8a0c-1d2e3f4a5b6c';
const peer = '5d1c3c1e-0b7a-4f0e-9a55-2c3d4e5f6a7b';
const manager = '7e2f4a6b-8c9d-4e0f-a1b2-c3d4e5f6a7b8';
const noteA = '11111111-1111-4111-8111-111111111111';
const noteB = '22222222-2222-4222-8222-222222222222';
const now = '2026-11-23T20:00:00.000Z';

/** The finding as the server holds it, with two values that lost concurrent edits. */
const held: Finding = findingSchema.parse({
  id: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
  engagementId,
  rev: 8,
  updatedAt: '2026-11-23T19:00:00.000Z',
  deleted: false,
  themeId: '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9',
  lane: 'strength',
  headline: 'Carers feel heard',
  explanation: 'From three sessions',
  status: 'agreed',
  position: 1,
  noteIds: [noteA],
  mergedFromIds: [],
  authorId: peer,
  createdAt: '2026-11-23T18:00:00.000Z',
  conflicts: [
    { field: 'headline', value: 'Carers are heard', memberId: peer, rev: 6, at: now },
    { field: 'explanation', value: 'From two sessions', memberId: peer, rev: 7, at: now },
    { field: 'headline', value: 'Carers often heard', memberId: peer, rev: 7, at: now },
  ],
});
const stamps: FieldStamps = { headline: { rev: 5, deviceId: 'dev-m' }, status: { rev: 8, deviceId: 'dev-m' } };

const mutation = (more: Partial<Mutation>): Mutation => ({
  seq: 3,
  recordType: 'finding',
  recordId: held.id,
  op: 'upsert',
  changes: {},
  setChanges: {},
  baseRevs: {},
  editedAt: '2026-11-23T20:30:00.000Z',
  resolvedConflicts: [],
  ...more,
});
const context = (more: Partial<MergeContext> = {}): MergeContext => ({
  engagementId,
  rev: 9,
  memberId: manager,
  deviceId: 'dev-m',
  now,
  ...more,
});

function merged(m: Mutation, c: MergeContext) {
  const outcome = mergeMutation(held, stamps, m, c);
  if (!outcome.ok) throw new Error(`${outcome.field}: ${outcome.message}`);
  return outcome;
}

describe('resolvedConflicts', () => {
  it('removes exactly the conflicts named by field and rev, and applies the chosen value', () => {
    const { record } = merged(
      mutation({
        changes: { headline: 'Carers are heard' },
        baseRevs: { headline: 8 },
        resolvedConflicts: [{ field: 'headline', rev: 6 }],
      }),
      context(),
    );
    expect(record).toMatchObject({ headline: 'Carers are heard', rev: 9 });
    expect(record.conflicts.map((c) => [c.field, c.rev])).toEqual([
      ['explanation', 7],
      ['headline', 7],
    ]);
  });

  it('ignores a name that matches nothing (already settled elsewhere) and keeps the rest', () => {
    const { record } = merged(
      mutation({
        resolvedConflicts: [
          { field: 'headline', rev: 99 },
          { field: 'lane', rev: 7 },
        ],
      }),
      context(),
    );
    expect(record.conflicts).toEqual(held.conflicts);
  });

  it('settles several at once and still files a new losing value', () => {
    const { record } = merged(
      mutation({
        changes: { headline: 'Late value' },
        baseRevs: { headline: 1 },
        resolvedConflicts: [
          { field: 'headline', rev: 6 },
          { field: 'headline', rev: 7 },
        ],
      }),
      context({ deviceId: 'dev-p', memberId: peer }),
    );
    expect(record).toMatchObject({ headline: 'Carers feel heard' });
    expect(record.conflicts.map((c) => [c.field, c.rev])).toEqual([
      ['explanation', 7],
      ['headline', 9],
    ]);
  });
});

describe('a write kept as a conflict', () => {
  it('files every value it carries and changes nothing else', () => {
    const outcome = merged(
      mutation({
        changes: { headline: 'Carers feel listened to', explanation: 'From three sessions' },
        setChanges: { noteIds: { add: [noteB], remove: [noteA] } },
        baseRevs: { headline: 4, noteIds: 4 },
      }),
      context({ memberId: peer, deviceId: 'dev-p', keptAsConflict: true }),
    );
    const { conflicts: _before, ...fields } = held;
    expect(outcome.record).toMatchObject({ ...fields, rev: 9 });
    expect(outcome.stamps).toEqual(stamps);
    // The unchanged explanation is no conflict; the set change is filed as adds and removes.
    expect(outcome.conflicts).toEqual([
      { field: 'headline', value: 'Carers feel listened to', memberId: peer, rev: 9, at: now },
      { field: 'noteIds', value: { add: [noteB], remove: [noteA] }, memberId: peer, rev: 9, at: now },
    ]);
    expect(outcome.record.conflicts).toEqual([...held.conflicts, ...outcome.conflicts]);
  });

  it('files a delete, or a bare revive of a merged-away finding, on `deleted`', () => {
    const withdraw = merged(mutation({ op: 'delete' }), context({ memberId: peer, keptAsConflict: true }));
    expect(withdraw.record.deleted).toBe(false);
    expect(withdraw.conflicts.map((c) => [c.field, c.value])).toEqual([['deleted', true]]);

    const mergedAway = { ...held, deleted: true };
    const revive = mergeMutation(mergedAway, stamps, mutation({}), context({ memberId: peer, keptAsConflict: true }));
    expect(revive.ok && revive.record.deleted).toBe(true);
    expect(revive.ok && revive.conflicts.map((c) => [c.field, c.value])).toEqual([['deleted', false]]);
    // An edit of a merged-away finding files its values, not a wish to revive it.
    const late = mergeMutation(
      mergedAway,
      stamps,
      mutation({ changes: { headline: 'Late' } }),
      context({ memberId: peer, keptAsConflict: true }),
    );
    expect(late.ok && late.conflicts.map((c) => c.field)).toEqual(['headline']);
  });

  it('still refuses a value its field does not accept', () => {
    const outcome = mergeMutation(
      held,
      stamps,
      mutation({ changes: { lane: 'weakness' } }),
      context({ memberId: peer, keptAsConflict: true }),
    );
    expect(outcome).toMatchObject({ ok: false, field: 'changes.lane' });
  });
});
