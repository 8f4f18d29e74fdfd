import { describe, expect, it } from 'vitest';
import { coalesce, withPendingEdits } from './coalesce';
import type { Mutation } from './protocol';

const waiting: Mutation = {
  seq: 4,
  recordType: 'note',
  recordId: '2b8f0d7e-6a8f-4c55-9d7e-3f3c5b0b1a11',
  op: 'upsert',
  changes: { text: 'first', stance: 'neutral' },
  setChanges: {},
  baseRevs: { text: 7, stance: 7 },
  editedAt: '2026-11-23T09:00:00.000Z',
};

describe('coalesce', () => {
  it('keeps the number, takes later values and keeps each field’s first base', () => {
    const result = coalesce(waiting, {
      op: 'upsert',
      changes: { text: 'second', isQuote: true },
      setChanges: {},
      baseRevs: { text: 9, isQuote: 9 },
      editedAt: '2026-11-23T09:01:00.000Z',
    });
    expect(result.seq).toBe(4);
    expect(result.changes).toEqual({ text: 'second', stance: 'neutral', isQuote: true });
    expect(result.baseRevs).toEqual({ text: 7, stance: 7, isQuote: 9 });
    expect(result.editedAt).toBe('2026-11-23T09:01:00.000Z');
  });

  it('lets a delete then an edit revive the record', () => {
    const deleted = coalesce(waiting, {
      op: 'delete',
      changes: {},
      setChanges: {},
      baseRevs: {},
      editedAt: waiting.editedAt,
    });
    expect(deleted.op).toBe('delete');
    expect(
      coalesce(deleted, {
        op: 'upsert',
        changes: { text: 'x' },
        setChanges: {},
        baseRevs: { text: 7 },
        editedAt: waiting.editedAt,
      }).op,
    ).toBe('upsert');
  });
});

describe('withPendingEdits', () => {
  it('lays waiting edits over a pulled record in order', () => {
    const pulled = { id: 'a', text: 'server', stance: 'strength', deleted: false, updatedAt: 'old' };
    const result = withPendingEdits(pulled, [
      { op: 'upsert', changes: { text: 'mine' }, setChanges: {}, editedAt: 't1' },
      { op: 'delete', changes: {}, setChanges: {}, editedAt: 't2' },
    ]);
    expect(result).toEqual({ id: 'a', text: 'mine', stance: 'strength', deleted: true, updatedAt: 't2' });
  });
});

describe('set fields', () => {
  it('combine adds and removes while waiting, and lay them over pulled sets', () => {
    const folded = coalesce(
      { ...waiting, setChanges: { themeIds: { add: ['a', 'b'], remove: ['z'] } } },
      {
        op: 'upsert',
        changes: {},
        setChanges: { themeIds: { add: ['z'], remove: ['a'] } },
        baseRevs: {},
        editedAt: 't',
      },
    );
    expect(folded.setChanges.themeIds).toEqual({ add: ['b', 'z'], remove: ['a'] });
    const result = withPendingEdits({ themeIds: ['a', 'q'] }, [folded]);
    expect(result.themeIds).toEqual(['q', 'b', 'z']);
  });
});
