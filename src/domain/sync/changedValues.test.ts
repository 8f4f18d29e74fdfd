import { describe, expect, it } from 'vitest';
import { recordSchemas, recordTypes } from '../records/recordTypes';
import { mergeMutation, type MergeContext } from './mergeMutation';
import type { Mutation } from './protocol';

const context: MergeContext = {
  engagementId: '0c6bbf3a-6a52-4d7e-8a0c-1d2e3f4a5b6c',
  rev: 1,
  memberId: '5d1c3c1e-0b7a-4f0e-9a55-2c3d4e5f6a7b',
  deviceId: 'dev-a',
  now: '2026-12-05T10:00:00.000Z',
};

const newNote = (changes: Mutation['changes'], more: Partial<Mutation> = {}): Mutation => ({
  seq: 1,
  recordType: 'note',
  recordId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  op: 'upsert',
  changes: {
    sessionId: '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9',
    text: 'Carers said the phone line still rings out.',
    evidenceType: 'heard',
    stance: 'neutral',
    isQuote: false,
    createdAt: '2026-12-05T09:00:00.000Z',
    documentReference: '  padded  ',
    ...changes,
  },
  setChanges: {},
  baseRevs: {},
  editedAt: '2026-12-05T09:00:00.000Z',
  resolvedConflicts: [],
  ...more,
});

/** A new note without one of its fields. */
const without = (field: string, changes: Mutation['changes'] = {}): Mutation => {
  const mutation = newNote(changes);
  const { [field]: _left, ...rest } = mutation.changes;
  return { ...mutation, changes: rest };
};

describe('the values a merge checks once', () => {
  it('are checked as part of the record only while every record schema is a plain object: no rule across fields, no extra keys', () => {
    // A value valid in the record is then valid on its own, and the record's field is its parse.
    for (const recordType of recordTypes) {
      const { def } = recordSchemas[recordType];
      expect([recordType, def.checks ?? [], def.catchall]).toEqual([recordType, [], undefined]);
    }
  });

  it('give the record the record schema makes of them: defaults filled, text trimmed', () => {
    const outcome = mergeMutation(undefined, {}, newNote({}), context);
    expect(outcome).toMatchObject({ ok: true, record: { documentReference: 'padded', photoIds: [], conflicts: [] } });
    if (outcome.ok) expect(recordSchemas.note.parse(outcome.record)).toEqual(outcome.record);
  });

  it('name the first bad value before any other refusal, as a check of each value up front would', () => {
    const badText = { text: 42 };
    const refusals = [
      newNote({ ...badText, colour: 'red' }),
      newNote({ ...badText, themeIds: [] }),
      newNote(badText, { setChanges: { stance: { add: [], remove: [] } } }),
      without('sessionId', badText),
    ].map((mutation) => mergeMutation(undefined, {}, mutation, context));
    for (const refusal of refusals) expect(refusal).toMatchObject({ ok: false, field: 'changes.text' });
  });

  it('name an unknown field, a set sent as a value and a missing field when every value is good', () => {
    const refusal = (mutation: Mutation) => {
      const outcome = mergeMutation(undefined, {}, mutation, context);
      return outcome.ok ? 'applied' : outcome.field;
    };
    expect(refusal(newNote({ colour: 'red' }))).toBe('changes.colour');
    expect(refusal(newNote({ themeIds: [] }))).toBe('changes.themeIds');
    expect(refusal(without('sessionId'))).toBe('changes.sessionId');
  });
});
