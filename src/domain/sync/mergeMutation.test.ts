import { describe, expect, it } from 'vitest';
import type { Note } from '../records/note';
import { mergeMutation, type FieldStamps, type MergeContext } from './mergeMutation';
import type { Mutation } from './protocol';

const engagementId = '0c6bbf3a-6a52-4d7e-8a0c-1d2e3f4a5b6c';
const author = '5d1c3c1e-0b7a-4f0e-9a55-2c3d4e5f6a7b';
const other = '7e2f4a6b-8c9d-4e0f-a1b2-c3d4e5f6a7b8';
const noteId = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const themeA = '11111111-1111-4111-8111-111111111111';
const themeB = '22222222-2222-4222-8222-222222222222';
const themeC = '33333333-3333-4333-8333-333333333333';

const create: Mutation = {
  seq: 1,
  recordType: 'note',
  recordId: noteId,
  op: 'upsert',
  changes: {
    sessionId: '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9',
    text: 'Staff described a clear vision',
    evidenceType: 'heard',
    stance: 'strength',
    isQuote: false,
    authorId: other,
    createdAt: '2026-11-23T09:00:00.000Z',
    documentReference: '',
  },
  setChanges: { themeIds: { add: [themeA], remove: [] } },
  baseRevs: {},
  resolvedConflicts: [],
  editedAt: '2026-11-23T09:00:00.000Z',
};

const at = (rev: number, memberId: string, deviceId: string): MergeContext => ({
  engagementId,
  rev,
  memberId,
  deviceId,
  now: '2026-11-23T10:00:00.000Z',
});

/** Runs mutations in server order, threading the record and stamps through. */
function run(steps: [Mutation, MergeContext][]): { note: Note; stamps: FieldStamps } {
  let record: Note | undefined;
  let stamps: FieldStamps = {};
  for (const [mutation, context] of steps) {
    const outcome = mergeMutation(record, stamps, mutation, context);
    if (!outcome.ok) throw new Error(`${outcome.field}: ${outcome.message}`);
    record = outcome.record as Note;
    stamps = outcome.stamps;
  }
  if (!record) throw new Error('no steps');
  return { note: record, stamps };
}

/** A concurrent edit over a record whose stamps were stored before they said who and when. */
function mergeConflictWithOldStamp() {
  const { note, stamps } = run([[create, at(1, author, 'dev-a')]]);
  const oldStamps: FieldStamps = Object.fromEntries(
    Object.entries(stamps).map(([field, stamp]) => [field, { rev: stamp.rev, deviceId: stamp.deviceId }]),
  );
  const outcome = mergeMutation(note, oldStamps, edit({ text: 'late' }, { text: 0 }), at(2, other, 'dev-b'));
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.conflicts;
}

const edit = (
  changes: Mutation['changes'],
  baseRevs: Mutation['baseRevs'],
  more: Partial<Mutation> = {},
): Mutation => ({
  ...create,
  seq: 2,
  changes,
  setChanges: {},
  baseRevs,
  ...more,
});

describe('mergeMutation', () => {
  it('creates a note with the author from the token and the sets from adds', () => {
    const { note } = run([[create, at(3, author, 'dev-a')]]);
    expect(note).toMatchObject({ rev: 3, authorId: author, themeIds: [themeA], scopeQuestionIds: [], conflicts: [] });
  });

  it('merges edits of different fields from two devices', () => {
    const { note } = run([
      [create, at(1, author, 'dev-a')],
      [edit({ text: 'A rewrote it' }, { text: 1 }), at(2, author, 'dev-a')],
      [edit({ stance: 'neutral' }, { stance: 1 }), at(3, other, 'dev-b')],
    ]);
    expect(note).toMatchObject({ text: 'A rewrote it', stance: 'neutral', conflicts: [] });
  });

  it('keeps the value already on the server when the same field changed concurrently, and files the other with who wrote each', () => {
    const { note } = run([
      [create, at(1, author, 'dev-a')],
      [edit({ text: 'first to arrive' }, { text: 1 }), at(2, author, 'dev-a')],
      [edit({ text: 'second to arrive' }, { text: 1 }), at(3, other, 'dev-b')],
    ]);
    expect(note.text).toBe('first to arrive');
    expect(note.conflicts).toEqual([
      {
        field: 'text',
        value: 'second to arrive',
        memberId: other,
        rev: 3,
        at: '2026-11-23T10:00:00.000Z',
        keptMemberId: author,
        keptAt: '2026-11-23T10:00:00.000Z',
      },
    ]);
  });

  it('says nothing of who wrote the kept value when its stamp is from before that was recorded', () => {
    const conflicts = mergeConflictWithOldStamp();
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).not.toHaveProperty('keptMemberId');
    expect(conflicts[0]).not.toHaveProperty('keptAt');
  });

  it('applies an edit made after seeing the other one: sequential, not a conflict', () => {
    const { note } = run([
      [create, at(1, author, 'dev-a')],
      [edit({ text: 'first' }, { text: 1 }), at(2, author, 'dev-a')],
      [edit({ text: 'second, having read the first' }, { text: 2 }), at(3, other, 'dev-b')],
    ]);
    expect(note).toMatchObject({ text: 'second, having read the first', conflicts: [] });
  });

  it('never conflicts a device with its own earlier edits still in flight', () => {
    const { note } = run([
      [create, at(1, author, 'dev-a')],
      [edit({ text: 'one' }, { text: 1 }), at(2, author, 'dev-a')],
      [edit({ text: 'two' }, { text: 1 }), at(3, author, 'dev-a')],
    ]);
    expect(note).toMatchObject({ text: 'two', conflicts: [] });
  });

  it('merges sets: an add on one device and a remove on another both apply', () => {
    const { note } = run([
      [{ ...create, setChanges: { themeIds: { add: [themeA, themeB], remove: [] } } }, at(1, author, 'dev-a')],
      [edit({}, { themeIds: 1 }, { setChanges: { themeIds: { add: [themeC], remove: [] } } }), at(2, author, 'dev-a')],
      [edit({}, { themeIds: 1 }, { setChanges: { themeIds: { add: [], remove: [themeA] } } }), at(3, other, 'dev-b')],
    ]);
    expect(note.themeIds).toEqual([themeB, themeC]);
    expect(note.conflicts).toEqual([]);
  });

  it('lets an edit beat a concurrent delete, whichever arrives first', () => {
    const deleteFirst = run([
      [create, at(1, author, 'dev-a')],
      [edit({}, { deleted: 1 }, { op: 'delete' }), at(2, other, 'dev-b')],
      [edit({ text: 'still relevant' }, { text: 1 }), at(3, author, 'dev-a')],
    ]);
    expect(deleteFirst.note).toMatchObject({ deleted: false, text: 'still relevant' });

    const editFirst = run([
      [create, at(1, author, 'dev-a')],
      [edit({ text: 'still relevant' }, { text: 1 }), at(2, author, 'dev-a')],
      [edit({}, { deleted: 1 }, { op: 'delete' }), at(3, other, 'dev-b')],
    ]);
    expect(editFirst.note).toMatchObject({ deleted: false, text: 'still relevant' });
    expect(editFirst.note.conflicts).toMatchObject([{ field: 'deleted', value: true, memberId: other }]);
  });

  it('deletes when nothing was missed', () => {
    const { note } = run([
      [create, at(1, author, 'dev-a')],
      [edit({}, { deleted: 1 }, { op: 'delete' }), at(2, other, 'dev-b')],
    ]);
    expect(note.deleted).toBe(true);
  });

  it('never lets a later edit rewrite the author', () => {
    const { note } = run([
      [create, at(1, author, 'dev-a')],
      [edit({ authorId: other, text: 'changed' }, { text: 1 }), at(2, other, 'dev-b')],
    ]);
    expect(note).toMatchObject({ authorId: author, text: 'changed' });
  });

  it('names what is wrong', () => {
    expect(
      mergeMutation(undefined, {}, { ...create, changes: { text: 'only text' } }, at(1, author, 'd')),
    ).toMatchObject({
      ok: false,
      field: 'changes.sessionId',
    });
    expect(mergeMutation(undefined, {}, { ...create, changes: { rev: 99 } }, at(1, author, 'd'))).toMatchObject({
      ok: false,
      field: 'changes.rev',
    });
    expect(
      mergeMutation(undefined, {}, { ...create, changes: { ...create.changes, themeIds: [] } }, at(1, author, 'd')),
    ).toMatchObject({
      ok: false,
      field: 'changes.themeIds',
    });
    expect(
      mergeMutation(undefined, {}, { ...create, setChanges: { text: { add: [], remove: [] } } }, at(1, author, 'd')),
    ).toMatchObject({ ok: false, field: 'setChanges.text' });
  });
});
