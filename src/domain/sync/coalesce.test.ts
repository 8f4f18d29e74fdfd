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
  resolvedConflicts: [],
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

describe('coalesce and settled conflicts', () => {
  it('settles every conflict either folded edit settles, each once', () => {
    const first = coalesce(waiting, {
      op: 'upsert',
      changes: { text: 'kept' },
      setChanges: {},
      baseRevs: { text: 9 },
      editedAt: '2026-11-23T09:01:00.000Z',
      resolvedConflicts: [{ field: 'text', rev: 8 }],
    });
    const second = coalesce(first, {
      op: 'upsert',
      changes: { stance: 'strength' },
      setChanges: {},
      baseRevs: { stance: 9 },
      editedAt: '2026-11-23T09:02:00.000Z',
      resolvedConflicts: [
        { field: 'text', rev: 8 },
        { field: 'stance', rev: 8 },
      ],
    });
    expect(second.resolvedConflicts).toEqual([
      { field: 'text', rev: 8 },
      { field: 'stance', rev: 8 },
    ]);
    // An edit that settles nothing keeps what the entry settles.
    const third = coalesce(second, { ...waiting, changes: { text: 'again' } });
    expect(third.resolvedConflicts).toEqual(second.resolvedConflicts);
  });

  it('keeps settled conflicts off a pulled record while the edit is on the way', () => {
    const pulled = {
      text: 'server',
      conflicts: [
        { field: 'text', rev: 8, value: 'a', memberId: 'm', at: '2026-11-23T09:00:00.000Z' },
        { field: 'text', rev: 9, value: 'b', memberId: 'm', at: '2026-11-23T09:00:00.000Z' },
      ],
    };
    const shown = withPendingEdits(pulled, [{ ...waiting, resolvedConflicts: [{ field: 'text', rev: 8 }] }]);
    expect(shown.conflicts.map((c) => c.rev)).toEqual([9]);
  });
});
