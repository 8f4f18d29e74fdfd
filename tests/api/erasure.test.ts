import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { erasureResponseSchema } from '../../src/domain/sync/erasureApi';
import type { JoinResponse, Mutation } from '../../src/domain/sync/protocol';
import { eraseDeletedNotes } from '../../src/server/erasure/eraseDeletedNotes';
import { startErasureTimer } from '../../src/server/erasure/erasureTimer';
import { silentLogger } from '../../src/server/log/logger';
import { call, errorOf } from './support/call';
import { joinAs } from './support/devices';
import { jpeg } from './support/images';
import { edit, newNote, remove } from './support/mutations';
import { pull, push } from './support/sync';
import { joinCouncil, teamPath } from './support/team';
import { startTestApp, type TestApp } from './support/testApp';

let t: TestApp;
let manager: JoinResponse;
let lead: JoinResponse;

beforeEach(async () => {
  t = await startTestApp();
  manager = await joinAs(t, 'challenge manager');
  lead = await joinAs(t, 'lead peer');
});
afterEach(async () => {
  await t.close();
});

const day = 24 * 60 * 60 * 1000;
const later = (days: number) => new Date(Date.now() + days * day);

/** A note with one uploaded photo, pushed by the lead peer as mutation `seq`. */
async function noteWithPhoto(seq: number): Promise<{ noteId: string; photoId: string; note: Mutation }> {
  const photoId = randomUUID();
  const upload = await call(t.app, 'PUT', teamPath(t, `photos/${photoId}`), { token: lead.deviceToken, bytes: jpeg() });
  expect(upload.status).toBe(200);
  const note = newNote(seq, {
    changes: { text: 'Carers said the social worker named a neighbour' },
    setChanges: { photoIds: { add: [photoId], remove: [] } },
  });
  await push(t, lead, [note]);
  return { noteId: note.recordId, photoId, note };
}

const photoStatus = async (photoId: string) =>
  (await call(t.app, 'GET', teamPath(t, `photos/${photoId}`), { token: manager.deviceToken })).status;

const pulled = async (device: JoinResponse, recordId: string) =>
  (await pull(t, device, t.demoCursor)).changes.find((change) => change.record.id === recordId)?.record;

describe('erasing deleted notes after the undo window', () => {
  it('erases a note deleted more than 30 days ago to {id, rev, deleted} and deletes its photos; newer ones stay', async () => {
    const old = await noteWithPhoto(1);
    const recent = await noteWithPhoto(2);
    const live = await noteWithPhoto(3);
    await push(t, lead, [remove(4, 'note', old.noteId), remove(5, 'note', recent.noteId)]);

    // Within the window nothing goes, and restore still works.
    expect(await eraseDeletedNotes(t.storage, { now: later(29) })).toEqual({ notes: 0, photos: 0 });
    expect(await pulled(manager, old.noteId)).toMatchObject({ deleted: true, text: old.note.changes.text });

    // The recent delete is applied "later": its window starts from the server's time of the delete.
    const erased = await eraseDeletedNotes(t.storage, { now: later(31) });
    expect(erased).toEqual({ notes: 2, photos: 2 });
    for (const { noteId, photoId } of [old, recent]) {
      const record = await pulled(manager, noteId);
      expect(record).toEqual({ id: noteId, rev: expect.any(Number), deleted: true });
      expect(await photoStatus(photoId)).toBe(404);
    }
    expect(await pulled(manager, live.noteId)).toMatchObject({ deleted: false });
    expect(await photoStatus(live.photoId)).toBe(200);
    // The audit log names what went (ids and counts, never words); null: nobody asked, the window ended.
    const audit = await t.storage.read((tx) => tx.listAuditEvents(t.demo.engagementId));
    expect(audit.filter((event) => event.kind === 'erased')).toEqual(
      [old, recent].map(({ noteId }) => ({
        at: expect.any(String),
        kind: 'erased',
        memberId: null,
        detail: { recordType: 'note', recordId: noteId, photos: 1 },
      })),
    );

    // Idempotent: a second run (another process, the next hour) changes nothing.
    const cursor = (await pull(t, manager, 0)).cursor;
    expect(await eraseDeletedNotes(t.storage, { now: later(62) })).toEqual({ notes: 0, photos: 0 });
    expect((await pull(t, manager, cursor)).changes).toEqual([]);
  });

  it('is safe when two runs race (several processes): each note is erased once', async () => {
    const { noteId } = await noteWithPhoto(1);
    await push(t, lead, [remove(2, 'note', noteId)]);
    const runs = await Promise.all([0, 1, 2].map(() => eraseDeletedNotes(t.storage, { now: later(31) })));
    expect(runs.reduce((sum, run) => sum + run.notes, 0)).toBe(1);
    const { changes } = await pull(t, manager, t.demoCursor);
    expect(changes.filter((change) => change.record.id === noteId)).toHaveLength(1);
  });

  it('runs in the server process on a timer, from its start', async () => {
    const { noteId } = await noteWithPhoto(1);
    await push(t, lead, [remove(2, 'note', noteId)]);
    const stop = startErasureTimer(t.storage, silentLogger, { everyMs: 20, now: () => later(31) });
    try {
      await expect.poll(() => pulled(manager, noteId), { timeout: 10_000 }).not.toHaveProperty('text');
    } finally {
      await stop();
    }
  });

  it('acknowledges and drops a late edit or restore of an erased note: nothing comes back', async () => {
    const { noteId } = await noteWithPhoto(1);
    await push(t, lead, [remove(2, 'note', noteId)]);
    await eraseDeletedNotes(t.storage, { now: later(31) });
    const tombstone = await pulled(manager, noteId);
    const cursor = (await pull(t, manager, 0)).cursor;

    // An offline edit and the manager's restore, both made before they heard of the erasure.
    const late = await push(t, lead, [edit(3, 'note', noteId, { text: 'typed offline' })]);
    expect(late.results).toEqual([{ seq: 3, status: 'applied', rev: tombstone?.rev }]);
    const restore = await push(t, manager, [edit(1, 'note', noteId, {})]);
    expect(restore.results).toEqual([{ seq: 1, status: 'applied', rev: tombstone?.rev }]);

    expect((await pull(t, manager, cursor)).changes).toEqual([]);
    expect(await pulled(lead, noteId)).toEqual({ id: noteId, rev: tombstone?.rev, deleted: true });
  });
});

describe('"Empty deleted notes now"', () => {
  const emptyNow = (device: JoinResponse, engagementId = t.demo.engagementId) =>
    call(t.app, 'POST', `/api/engagements/${engagementId}/deleted-notes/erase`, { token: device.deviceToken });

  it('lets the manager erase every deleted note at once, whatever its age', async () => {
    const deleted = await noteWithPhoto(1);
    const live = await noteWithPhoto(2);
    await push(t, lead, [remove(3, 'note', deleted.noteId)]);

    const reply = await emptyNow(manager);
    expect(reply.status).toBe(200);
    expect(erasureResponseSchema.parse(reply.json).erased).toEqual({ notes: 1, photos: 1 });
    expect(await pulled(lead, deleted.noteId)).toEqual({ id: deleted.noteId, rev: expect.any(Number), deleted: true });
    expect(await photoStatus(deleted.photoId)).toBe(404);
    expect(await pulled(lead, live.noteId)).toMatchObject({ text: live.note.changes.text });
    expect(await photoStatus(live.photoId)).toBe(200);
    const audit = await t.storage.read((tx) => tx.listAuditEvents(t.demo.engagementId));
    expect(audit.filter((event) => event.kind === 'erased')).toEqual([
      expect.objectContaining({
        memberId: manager.memberId,
        detail: { recordType: 'note', recordId: deleted.noteId, photos: 1 },
      }),
    ]);
  });

  it('is the manager’s alone: a peer or the council gets 403, another engagement 404', async () => {
    const { noteId } = await noteWithPhoto(1);
    await push(t, lead, [remove(2, 'note', noteId)]);
    const council = await joinCouncil(t, manager, 1);

    for (const device of [lead, council]) {
      const reply = await emptyNow(device);
      expect(reply.status).toBe(403);
      expect(errorOf(reply)).toMatchObject({ code: 'forbidden' });
    }
    expect((await emptyNow(manager, randomUUID())).status).toBe(404);
    expect(await pulled(manager, noteId)).toMatchObject({ deleted: true, text: expect.any(String) });
  });
});
