import { describe, expect, it } from 'vitest';
import type { Note } from '../records/note';
import type { Mutation } from '../sync/protocol';
import { planRecordImport, type ImportInput } from './importPlan';

const themeA = '11111111-1111-4111-8111-111111111111';
const themeB = '22222222-2222-4222-8222-222222222222';

const note: Note = {
  id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  engagementId: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
  rev: 0,
  updatedAt: '2026-11-23T10:00:00.000Z',
  deleted: false,
  conflicts: [],
  sessionId: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
  text: 'Carers said waits are long',
  evidenceType: 'heard',
  themeIds: [themeA],
  scopeQuestionIds: [],
  stance: 'neutral',
  isQuote: false,
  authorId: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd',
  createdAt: '2026-11-23T10:00:00.000Z',
  documentReference: '',
  photoIds: [],
};

function pending(changes: Mutation['changes'], baseRev: number, extra: Partial<Mutation> = {}): Mutation {
  const setChanges = extra.setChanges ?? {};
  const names = [...Object.keys(changes), ...Object.keys(setChanges)];
  return {
    seq: 1,
    recordType: 'note',
    recordId: note.id,
    op: 'upsert',
    changes,
    setChanges,
    baseRevs: Object.fromEntries(names.map((name) => [name, baseRev])),
    editedAt: note.updatedAt,
    resolvedConflicts: [],
    ...extra,
  };
}

function plan(input: Partial<ImportInput>) {
  return planRecordImport({
    recordType: 'note',
    backup: note,
    backupPending: [],
    local: undefined,
    localPending: [],
    ...input,
  });
}

describe('planRecordImport', () => {
  it('creates a note the server never had as an edit of this device, every field from base 0', () => {
    const result = plan({ backupPending: [pending({ text: note.text }, 0)] });
    expect(result.pulled).toBeNull();
    expect(result.edit?.op).toBe('upsert');
    expect(result.edit?.changes.text).toBe(note.text);
    expect(result.edit?.setChanges.themeIds).toEqual({ add: [themeA], remove: [] });
    expect(result.edit?.baseRevs.text).toBe(0);
    expect(result.edit?.changes.rev).toBeUndefined();
  });

  it('changes nothing when this device already holds the same note', () => {
    expect(plan({ local: note, backupPending: [pending({ text: note.text }, 0)] })).toEqual({
      pulled: null,
      edit: null,
      keptLocal: [],
    });
    const synced = { ...note, rev: 7 };
    expect(plan({ backup: synced, local: synced })).toEqual({ pulled: null, edit: null, keptLocal: [] });
  });

  it('stores a newer server version as pulled, with no edit', () => {
    const backup = { ...note, rev: 9, text: 'newer' };
    const result = plan({ backup, local: { ...note, rev: 4 } });
    expect(result.pulled).toEqual(backup);
    expect(result.edit).toBeNull();
  });

  it('ignores an older server version: this device has seen it', () => {
    expect(plan({ backup: { ...note, rev: 3, text: 'old' }, local: { ...note, rev: 8 } }).edit).toBeNull();
  });

  it('sends only the unsynced fields, from the base the backup device edited', () => {
    const backup = { ...note, rev: 9, text: 'typed offline', stance: 'strength' as const };
    const result = plan({ backup, backupPending: [pending({ text: 'typed offline' }, 5)], local: { ...note, rev: 5 } });
    expect(result.pulled).toEqual(backup);
    expect(result.edit).toEqual({
      op: 'upsert',
      changes: { text: 'typed offline' },
      setChanges: {},
      baseRevs: { text: 5 },
    });
  });

  it('sends only the set changes this device lacks', () => {
    const backup = { ...note, rev: 4, themeIds: [themeB] };
    const backupPending = [pending({}, 4, { setChanges: { themeIds: { add: [themeB], remove: [themeA] } } })];
    const result = plan({ backup, backupPending, local: { ...note, rev: 4 } });
    expect(result.edit?.setChanges.themeIds).toEqual({ add: [themeB], remove: [themeA] });
    expect(plan({ backup, backupPending, local: backup }).edit).toBeNull();
  });

  it("keeps this device's own unsynced edit of the same field", () => {
    const local = { ...note, rev: 4, text: 'mine' };
    const result = plan({
      backup: { ...note, rev: 4, text: 'theirs' },
      backupPending: [pending({ text: 'theirs' }, 4)],
      local,
      localPending: [{ op: 'upsert', changes: { text: 'mine' }, setChanges: {} }],
    });
    expect(result.edit).toBeNull();
    expect(result.keptLocal).toEqual(['text']);
  });

  it('carries an unsynced delete, once', () => {
    const backup = { ...note, rev: 6, deleted: true };
    const backupPending = [pending({}, 6, { op: 'delete', baseRevs: { deleted: 6 } })];
    const result = plan({ backup, backupPending, local: { ...note, rev: 6 } });
    expect(result.edit).toEqual({ op: 'delete', changes: {}, setChanges: {}, baseRevs: { deleted: 6 } });
    expect(plan({ backup, backupPending, local: { ...note, rev: 6, deleted: true } }).edit).toBeNull();
  });
});
