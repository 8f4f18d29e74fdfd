import { describe, expect, it } from 'vitest';
import { noteSchema } from '../records/note';
import type { AnyRecord, RecordType } from '../records/recordTypes';
import { recordTypes } from '../records/recordTypes';
import { canRead, canWrite } from './permissions';

const me = '5d1c3c1e-0b7a-4f0e-9a55-2c3d4e5f6a7b';
const someoneElse = '7e2f4a6b-8c9d-4e0f-a1b2-c3d4e5f6a7b8';
/** A stored note by this author: only authorId matters to the rules. */
const authoredBy = (authorId: string): AnyRecord =>
  noteSchema.parse({
    id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    engagementId: '0c6bbf3a-6a52-4d7e-8a0c-1d2e3f4a5b6c',
    rev: 3,
    updatedAt: '2026-11-23T09:00:00.000Z',
    deleted: false,
    sessionId: '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9',
    text: 'x',
    evidenceType: 'heard',
    themeIds: [],
    scopeQuestionIds: [],
    stance: 'neutral',
    isQuote: false,
    authorId,
    createdAt: '2026-11-23T09:00:00.000Z',
    documentReference: '',
  });

const write = (role: 'manager' | 'peer' | 'council', recordType: RecordType, existing?: AnyRecord) =>
  canWrite({ role, memberId: me, recordType, existing });

describe('canRead', () => {
  it('lets the team read every record type', () => {
    for (const type of recordTypes) {
      expect(canRead('manager', type)).toBe(true);
      expect(canRead('peer', type)).toBe(true);
    }
  });

  it('lets the council read only published snapshots and accuracy comments', () => {
    const readable = recordTypes.filter((type) => canRead('council', type));
    expect(readable.sort()).toEqual(['accuracyComment', 'publishedSnapshot']);
  });
});

describe('canWrite', () => {
  it('lets a manager write everything', () => {
    for (const type of recordTypes) expect(write('manager', type, authoredBy(someoneElse))).toBe(true);
  });

  it('lets a peer create notes and change only their own', () => {
    expect(write('peer', 'note')).toBe(true);
    expect(write('peer', 'note', authoredBy(me))).toBe(true);
    expect(write('peer', 'note', authoredBy(someoneElse))).toBe(false);
    for (const type of recordTypes.filter((t) => t !== 'note')) expect(write('peer', type)).toBe(false);
  });

  it('lets the council write only its own accuracy comments', () => {
    expect(write('council', 'accuracyComment')).toBe(true);
    expect(write('council', 'accuracyComment', authoredBy(me))).toBe(true);
    expect(write('council', 'accuracyComment', authoredBy(someoneElse))).toBe(false);
    for (const type of recordTypes.filter((t) => t !== 'accuracyComment')) expect(write('council', type)).toBe(false);
  });
});
