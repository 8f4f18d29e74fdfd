import { describe, expect, it } from 'vitest';
import type { Finding } from '../records/finding';
import type { Note } from '../records/note';
import type { Theme } from '../records/theme';
import { mergeMutation } from './mergeMutation';
import { mayResend, resendMutations } from './resend';

const engagementId = '0c6bbf3a-6a52-4d7e-8a0c-1d2e3f4a5b6c';
const peer = '5d1c3c1e-0b7a-4f0e-9a55-2c3d4e5f6a7b';
const otherPeer = '6e2d4d2f-1c8b-4a1f-8b66-3d4e5f6a7b8c';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const note: Note = {
  id: uuid(1),
  engagementId,
  rev: 41,
  updatedAt: '2026-12-05T09:00:00.000Z',
  deleted: false,
  conflicts: [],
  sessionId: uuid(2),
  text: 'Waiting lists are long',
  evidenceType: 'heard',
  themeIds: [uuid(3)],
  scopeQuestionIds: [],
  photoIds: [],
  stance: 'neutral',
  isQuote: false,
  authorId: peer,
  createdAt: '2026-12-05T08:00:00.000Z',
  documentReference: '',
};

describe('re-sending a record after a restore', () => {
  it('carries every field, each set as adds, every base 0, and never the author', () => {
    const [mutation, ...more] = resendMutations('note', note);
    expect(more).toEqual([]);
    expect(mutation).toMatchObject({ recordType: 'note', recordId: note.id, op: 'upsert', editedAt: note.updatedAt });
    expect(mutation?.changes).toEqual({
      sessionId: note.sessionId,
      text: note.text,
      evidenceType: 'heard',
      stance: 'neutral',
      isQuote: false,
      createdAt: note.createdAt,
      documentReference: '',
    });
    expect(mutation?.setChanges.themeIds).toEqual({ add: [uuid(3)], remove: [] });
    expect(Object.values(mutation?.baseRevs ?? {}).every((base) => base === 0)).toBe(true);
    expect(Object.keys(mutation?.baseRevs ?? {}).sort()).toEqual(
      [...Object.keys(mutation?.changes ?? {}), 'themeIds', 'scopeQuestionIds', 'photoIds'].sort(),
    );
  });

  it('re-creates the record on a server that lost it', () => {
    const [mutation] = resendMutations('note', note);
    if (!mutation) throw new Error('no mutation');
    const context = { engagementId, rev: 5, memberId: peer, deviceId: 'dev-a', now: '2026-12-06T10:00:00.000Z' };
    const outcome = mergeMutation(undefined, {}, { ...mutation, seq: 1 }, context);
    expect(outcome.ok && outcome.record).toEqual({ ...note, rev: 5 });
  });

  it('sends a deleted record as a delete', () => {
    const [mutation] = resendMutations('note', { ...note, deleted: true });
    expect(mutation?.op).toBe('delete');
    expect(mutation?.baseRevs.deleted).toBe(0);
  });

  it('splits a set larger than one push allows into further upserts', () => {
    const noteIds = Array.from({ length: 450 }, (_, index) => uuid(100 + index));
    const finding = {
      id: uuid(9),
      engagementId,
      rev: 3,
      updatedAt: note.updatedAt,
      deleted: false,
      conflicts: [],
      noteIds,
      mergedFromIds: [],
      mergedNoteIds: [],
    } as unknown as Finding;
    const mutations = resendMutations('finding', finding);
    expect(mutations.map((mutation) => mutation.setChanges.noteIds?.add.length)).toEqual([200, 200, 50]);
    expect(mutations.slice(1).every((mutation) => Object.keys(mutation.changes).length === 0)).toBe(true);
  });

  it('is done by the author’s device for an authored record, by a role that may write it otherwise', () => {
    const theme: Theme = {
      id: uuid(3),
      engagementId,
      rev: 2,
      updatedAt: note.updatedAt,
      deleted: false,
      conflicts: [],
      name: 'Leadership',
      position: 0,
    };
    expect(mayResend('peer', peer, 'note', note)).toBe(true);
    expect(mayResend('peer', otherPeer, 'note', note)).toBe(false);
    expect(mayResend('manager', otherPeer, 'note', note)).toBe(false);
    expect(mayResend('manager', otherPeer, 'theme', theme)).toBe(true);
    expect(mayResend('peer', peer, 'theme', theme)).toBe(false);
    expect(mayResend('council', peer, 'note', note)).toBe(false);
  });
});
