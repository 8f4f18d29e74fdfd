import { describe, expect, it } from 'vitest';
import { findingSchema, type FindingStatus } from '../records/finding';
import { noteSchema } from '../records/note';
import type { AnyRecord, RecordType } from '../records/recordTypes';
import { recordTypes } from '../records/recordTypes';
import { canRead, canWrite, writeDecision, type WriteRequest } from './permissions';

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

/** A stored finding: who proposed it, its status and whether it was merged away. */
const finding = (authorId: string, status: FindingStatus, deleted = false): AnyRecord =>
  findingSchema.parse({
    id: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
    engagementId: '0c6bbf3a-6a52-4d7e-8a0c-1d2e3f4a5b6c',
    rev: 5,
    updatedAt: '2026-11-23T19:00:00.000Z',
    deleted,
    themeId: '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9',
    lane: 'strength',
    headline: 'Carers feel heard',
    explanation: '',
    status,
    position: 1,
    noteIds: [],
    mergedFromIds: [],
    authorId,
    createdAt: '2026-11-23T19:00:00.000Z',
  });

type Change = WriteRequest['change'];
const upsert = (changes: Change['changes'] = {}, setChanges: Change['setChanges'] = {}): Change => ({
  op: 'upsert',
  changes,
  setChanges,
});
const erase: Change = { op: 'delete', changes: {}, setChanges: {} };

const write = (
  role: 'manager' | 'peer' | 'council',
  recordType: RecordType,
  existing?: AnyRecord,
  change: Change = upsert(),
) => canWrite({ role, memberId: me, recordType, existing, change });

const decide = (role: 'manager' | 'peer' | 'council', existing: AnyRecord | undefined, change: Change) =>
  writeDecision({ role, memberId: me, recordType: 'finding', existing, change });

describe('canRead', () => {
  it('lets the team read every record type', () => {
    for (const type of recordTypes) {
      expect(canRead('manager', type)).toBe(true);
      expect(canRead('peer', type)).toBe(true);
    }
  });

  it('lets the council read only published snapshots, accuracy comments and its engagement', () => {
    const readable = recordTypes.filter((type) => canRead('council', type));
    expect(readable.sort()).toEqual(['accuracyComment', 'engagement', 'publishedSnapshot']);
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
    const others = recordTypes.filter((t) => t !== 'note' && t !== 'finding');
    for (const type of others) expect(write('peer', type)).toBe(false);
  });

  it('lets the council write only its own accuracy comments', () => {
    expect(write('council', 'accuracyComment')).toBe(true);
    expect(write('council', 'accuracyComment', authoredBy(me))).toBe(true);
    expect(write('council', 'accuracyComment', authoredBy(someoneElse))).toBe(false);
    for (const type of recordTypes.filter((t) => t !== 'accuracyComment')) expect(write('council', type)).toBe(false);
  });
});

describe('findings', () => {
  const proposed = { status: 'proposed' };
  it.each([
    ['creates one proposed', undefined, upsert(proposed), 'allowed'],
    [
      'creates one proposed with its empty sets',
      undefined,
      upsert(proposed, { noteIds: { add: [], remove: [] }, mergedFromIds: { add: [], remove: [] } }),
      'allowed',
    ],
    ['creates one agreed', undefined, upsert({ status: 'agreed' }), 'refused'],
    ['creates one dropped', undefined, upsert({ status: 'dropped' }), 'refused'],
    ['edits their own while proposed', finding(me, 'proposed'), upsert({ headline: 'Sharper' }), 'allowed'],
    [
      'moves notes on their own while proposed',
      finding(me, 'proposed'),
      upsert({}, { noteIds: { add: [someoneElse], remove: [] } }),
      'allowed',
    ],
    ['withdraws their own while proposed', finding(me, 'proposed'), erase, 'allowed'],
    ['agrees their own', finding(me, 'proposed'), upsert({ status: 'agreed' }), 'refused'],
    ['drops their own', finding(me, 'proposed'), upsert({ status: 'dropped' }), 'refused'],
    [
      'merges into their own',
      finding(me, 'proposed'),
      upsert({}, { mergedFromIds: { add: [someoneElse], remove: [] } }),
      'refused',
    ],
    ['edits another peer’s proposed one', finding(someoneElse, 'proposed'), upsert({ headline: 'x' }), 'refused'],
    ['edits another peer’s agreed one', finding(someoneElse, 'agreed'), upsert({ headline: 'x' }), 'refused'],
    ['edits their own once agreed', finding(me, 'agreed'), upsert({ headline: 'x' }), 'kept as conflict'],
    ['edits their own once dropped', finding(me, 'dropped'), upsert({ headline: 'x' }), 'kept as conflict'],
    ['edits their own once merged away', finding(me, 'proposed', true), upsert({ headline: 'x' }), 'kept as conflict'],
    [
      'moves notes on their own once agreed',
      finding(me, 'agreed'),
      upsert({}, { noteIds: { add: [], remove: [someoneElse] } }),
      'kept as conflict',
    ],
    ['withdraws their own once agreed', finding(me, 'agreed'), erase, 'kept as conflict'],
  ] as const)('a peer who %s: %s', (_, existing, change, expected) => {
    expect(decide('peer', existing, change)).toBe(expected);
  });

  it('lets the manager agree, drop, merge and change any finding', () => {
    for (const status of ['proposed', 'agreed', 'dropped'] as const) {
      expect(decide('manager', finding(someoneElse, 'proposed'), upsert({ status }))).toBe('allowed');
    }
    const merge = upsert({}, { mergedFromIds: { add: [someoneElse], remove: [] } });
    expect(decide('manager', finding(someoneElse, 'agreed'), merge)).toBe('allowed');
    expect(decide('manager', finding(someoneElse, 'proposed'), erase)).toBe('allowed');
    expect(decide('manager', undefined, upsert({ status: 'agreed' }))).toBe('allowed');
    for (const type of ['recommendation', 'stillToCover'] as const) expect(write('manager', type)).toBe(true);
  });

  it('lets neither peers nor the council write recommendations or the "still to cover" list', () => {
    for (const role of ['peer', 'council'] as const) {
      for (const type of ['recommendation', 'stillToCover'] as const) expect(write(role, type)).toBe(false);
    }
  });

  it('lets the council neither read nor write findings', () => {
    for (const type of ['finding', 'recommendation', 'stillToCover'] as const)
      expect(canRead('council', type)).toBe(false);
    expect(decide('council', undefined, upsert(proposed))).toBe('refused');
    expect(decide('council', finding(me, 'proposed'), upsert({ headline: 'x' }))).toBe('refused');
  });
});
