import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { engagementId, joinedDb, memberId, session } from '../../../tests/unit/storeFixtures';
import type { Note } from '../../domain/records/note';
import { applyPulledChanges } from './applyPulledChanges';
import { updateNote } from './noteRepository';
import { heardServerIdentity, resendAfterRestore } from './serverHistory';

const otherMember = '6e2d4d2f-1c8b-4a1f-8b66-3d4e5f6a7b8c';
const noteOf = (id: string, authorId: string, text: string): Note => ({
  id,
  engagementId,
  rev: 30,
  updatedAt: '2026-11-23T10:30:00.000Z',
  deleted: false,
  conflicts: [],
  sessionId: session.id,
  text,
  evidenceType: 'heard',
  themeIds: [],
  scopeQuestionIds: [],
  stance: 'neutral',
  isQuote: false,
  authorId,
  createdAt: '2026-11-23T10:00:00.000Z',
  documentReference: '',
  photoIds: [],
});
const mine = noteOf('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', memberId, 'Mine');
const theirs = noteOf('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', otherMember, 'Theirs');
const erasedId = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';

describe('after the server was restored', () => {
  it('hears the first identity quietly, and a different one as a restore', async () => {
    const db = await joinedDb();
    expect(await heardServerIdentity(db, engagementId, undefined)).toBe('same');
    expect(await heardServerIdentity(db, engagementId, 'first')).toBe('first');
    expect(await heardServerIdentity(db, engagementId, 'first')).toBe('same');
    expect(await heardServerIdentity(db, engagementId, 'second')).toBe('changed');
  });

  it('queues again only what this peer may write, never an erased record, and pulls from 0', async () => {
    const db = await joinedDb();
    await heardServerIdentity(db, engagementId, 'before');
    await applyPulledChanges(
      db,
      engagementId,
      [
        { recordType: 'session', record: session },
        { recordType: 'note', record: mine },
        { recordType: 'note', record: theirs },
        { recordType: 'note', record: { id: erasedId, rev: 40, deleted: true } },
      ],
      40,
    );
    await resendAfterRestore(db, engagementId, 'after');

    const outbox = await db.outbox.toArray();
    expect(outbox.map((entry) => entry.recordId)).toEqual([mine.id]);
    expect(outbox[0]).toMatchObject({ op: 'upsert', seq: 1, state: 'waiting', changes: { text: 'Mine' } });
    expect(Object.values(outbox[0]?.baseRevs ?? {}).every((base) => base === 0)).toBe(true);
    expect(await db.deviceIdentity.get(engagementId)).toMatchObject({
      serverIdentity: 'after',
      acknowledgedSeq: 0,
      pullCursor: 0,
      nextSeq: 2,
    });
  });

  it('never re-sends its own note that it held whole, edited, and then saw erased', async () => {
    // The one record this peer would re-send but for the erasure: its own, held in full,
    // with an edit still waiting when the server's erasure arrives.
    const erasedMine = noteOf(erasedId, memberId, 'Words the undo window erased');
    const db = await joinedDb();
    await heardServerIdentity(db, engagementId, 'before');
    await applyPulledChanges(
      db,
      engagementId,
      [
        { recordType: 'session', record: session },
        { recordType: 'note', record: mine },
        { recordType: 'note', record: erasedMine },
      ],
      30,
    );
    await updateNote(db, erasedMine, { text: 'Words typed just before the erasure' });
    await applyPulledChanges(
      db,
      engagementId,
      [{ recordType: 'note', record: { id: erasedId, rev: 40, deleted: true } }],
      40,
    );
    await resendAfterRestore(db, engagementId, 'after');

    const outbox = await db.outbox.toArray();
    expect(outbox.map((entry) => entry.recordId)).toEqual([mine.id]);
    expect(JSON.stringify(outbox)).not.toMatch(/erased|before the erasure/);
  });
});
