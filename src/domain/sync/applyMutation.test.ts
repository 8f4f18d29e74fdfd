import { describe, expect, it } from 'vitest';
import type { Note } from '../records/note';
import { applyMutation } from './applyMutation';
import type { Mutation } from './protocol';

const engagementId = '0c6bbf3a-6a52-4d7e-8a0c-1d2e3f4a5b6c';
const author = '5d1c3c1e-0b7a-4f0e-9a55-2c3d4e5f6a7b';
const intruder = '7e2f4a6b-8c9d-4e0f-a1b2-c3d4e5f6a7b8';
const noteId = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

const create: Mutation = {
  seq: 1,
  recordType: 'note',
  recordId: noteId,
  op: 'upsert',
  changes: {
    sessionId: '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9',
    text: 'Staff described a clear vision',
    evidenceType: 'heard',
    themeIds: [],
    scopeQuestionIds: [],
    stance: 'strength',
    isQuote: false,
    authorId: intruder,
    createdAt: '2026-11-23T09:00:00.000Z',
    documentReference: '',
  },
  baseRevs: {},
  editedAt: '2026-11-23T09:00:00.000Z',
};

describe('applyMutation', () => {
  it('creates a note with the author from the token, not the body', () => {
    const outcome = applyMutation(undefined, create, { engagementId, rev: 3, memberId: author });
    expect(outcome.ok && outcome.record).toMatchObject({ id: noteId, engagementId, rev: 3, authorId: author, deleted: false });
  });

  it('never lets a later edit rewrite the author', () => {
    const first = applyMutation(undefined, create, { engagementId, rev: 3, memberId: author });
    if (!first.ok) throw new Error('create failed');
    const edit: Mutation = { ...create, seq: 2, changes: { authorId: intruder, text: 'changed' } };
    const second = applyMutation(first.record, edit, { engagementId, rev: 4, memberId: intruder });
    expect(second.ok && (second.record as Note)).toMatchObject({ authorId: author, text: 'changed', rev: 4 });
  });

  it('names the field of a new record that is missing', () => {
    const outcome = applyMutation(undefined, { ...create, changes: { text: 'only text' } }, { engagementId, rev: 1, memberId: author });
    expect(outcome).toMatchObject({ ok: false, field: 'changes.sessionId' });
  });

  it('refuses changes to fields sync owns', () => {
    const outcome = applyMutation(undefined, { ...create, changes: { rev: 99 } }, { engagementId, rev: 1, memberId: author });
    expect(outcome).toMatchObject({ ok: false, field: 'changes.rev' });
  });

  it('sets the tombstone on delete and clears it on a later edit', () => {
    const first = applyMutation(undefined, create, { engagementId, rev: 1, memberId: author });
    if (!first.ok) throw new Error('create failed');
    const deleted = applyMutation(first.record, { ...create, op: 'delete', changes: {} }, { engagementId, rev: 2, memberId: author });
    expect(deleted.ok && deleted.record.deleted).toBe(true);
    if (!deleted.ok) return;
    const revived = applyMutation(deleted.record, { ...create, changes: { text: 'back' } }, { engagementId, rev: 3, memberId: author });
    expect(revived.ok && revived.record.deleted).toBe(false);
  });
});
