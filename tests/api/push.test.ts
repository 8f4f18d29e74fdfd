import { minimumProtocolVersion } from '../../src/domain/sync/protocol';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JoinResponse } from '../../src/domain/sync/protocol';
import { errorOf } from './support/call';
import { joinAs } from './support/devices';
import { edit, newNote, pushBody } from './support/mutations';
import { pull, push, pushRaw, refusalOf } from './support/sync';
import { startTestApp, type TestApp } from './support/testApp';

let t: TestApp;
let manager: JoinResponse;
let lead: JoinResponse;
let officer: JoinResponse;

beforeEach(async () => {
  t = await startTestApp();
  manager = await joinAs(t, 'challenge manager');
  lead = await joinAs(t, 'lead peer');
  officer = await joinAs(t, 'officer peer');
});
afterEach(async () => {
  await t.close();
});

/** Notes as the server holds them, from a pull of everything after the demo's records. */
async function notesSeenBy(device: JoinResponse) {
  const page = await pull(t, device, t.demoCursor);
  return page.changes.filter((change) => change.recordType === 'note').map((change) => change.record);
}

describe('push then pull', () => {
  it('stores a new note with the author taken from the token, not the body', async () => {
    const mutation = newNote(1, { changes: { text: 'Carers felt listened to', authorId: manager.memberId } });
    const response = await push(t, lead, [mutation]);
    expect(response.results).toEqual([{ seq: 1, status: 'applied', rev: expect.any(Number) }]);

    const notes = await notesSeenBy(officer);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      id: mutation.recordId,
      text: 'Carers felt listened to',
      authorId: lead.memberId,
      engagementId: t.demo.engagementId,
      rev: response.results[0]?.rev,
      deleted: false,
    });
  });

  it('numbers changes from the engagement counter, after the demo records', async () => {
    const before = await pull(t, manager);
    const response = await push(t, lead, [newNote(1), newNote(2)]);
    expect(response.results.map((result) => result.rev)).toEqual([before.cursor + 1, before.cursor + 2]);
  });

  it('answers a repeated seq as a duplicate and does not apply it again', async () => {
    const first = newNote(1, { changes: { text: 'first' } });
    const applied = await push(t, lead, [first]);
    const repeat = { ...first, changes: { ...first.changes, text: 'changed on retry' } };
    const again = await push(t, lead, [repeat, newNote(2)]);
    expect(again.results[0]).toEqual({ seq: 1, status: 'duplicate', rev: null });
    expect(again.results[1]?.status).toBe('applied');

    const notes = await notesSeenBy(manager);
    const stored = notes.filter((note) => note.id === first.recordId);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ text: 'first', rev: applied.results[0]?.rev });
  });

  it('refuses a gap in seq with 409 and applies nothing of that push', async () => {
    await push(t, lead, [newNote(1)]);
    const reply = await pushRaw(t, lead, pushBody([newNote(2), newNote(4)]));
    expect(reply.status).toBe(409);
    expect(errorOf(reply)).toMatchObject({ code: 'sequence_gap', field: 'mutations.1.seq' });
    expect(await notesSeenBy(manager)).toHaveLength(1);
    // The device can still send 2 next: last_seq did not move.
    const retry = await push(t, lead, [newNote(2)]);
    expect(retry.results[0]?.status).toBe('applied');
  });

  it('applies mutations in seq order whatever their order in the body', async () => {
    const response = await push(t, lead, [newNote(2), newNote(1)]);
    expect(response.results.map((result) => [result.seq, result.status])).toEqual([
      [1, 'applied'],
      [2, 'applied'],
    ]);
  });

  it('keeps seqs per device: two devices both start at 1', async () => {
    await push(t, lead, [newNote(1)]);
    const response = await push(t, officer, [newNote(1)]);
    expect(response.results[0]?.status).toBe('applied');
  });
});

describe('permissions', () => {
  it('refuses a peer’s edit of another member’s note on its own, applying the rest of the push', async () => {
    const note = newNote(1, { changes: { text: 'lead wrote this' } });
    await push(t, lead, [note]);
    const before = await pull(t, manager);
    const reply = await push(t, officer, [
      newNote(1),
      edit(2, 'note', note.recordId, { text: 'hijacked' }),
      newNote(3),
    ]);
    expect(reply.results.map((result) => result.status)).toEqual(['applied', 'refused', 'applied']);
    expect(refusalOf(reply, 2)).toEqual({
      code: 'forbidden',
      message: 'A peer may not change this note.',
      field: 'mutations.1.recordId',
    });
    // The refused one takes no change number, and the answer carries the record as stored.
    expect(reply.results.map((result) => result.rev)).toEqual([before.cursor + 1, null, before.cursor + 2]);
    expect(reply.results[1]).toMatchObject({ record: { id: note.recordId, text: 'lead wrote this' } });
    const notes = await notesSeenBy(manager);
    expect(notes).toHaveLength(3);
    expect(notes.find((stored) => stored.id === note.recordId)?.text).toBe('lead wrote this');
    // Its number is used up: the device goes on from 4, and a resend is a duplicate.
    const next = await push(t, officer, [edit(2, 'note', note.recordId, { text: 'again' }), newNote(4)]);
    expect(next.results.map((result) => result.status)).toEqual(['duplicate', 'applied']);
  });

  it('lets the author and the challenge manager edit a note', async () => {
    const note = newNote(1);
    await push(t, lead, [note]);
    const byAuthor = await push(t, lead, [edit(2, 'note', note.recordId, { text: 'by the author' })]);
    const seenRev = byAuthor.results[0]?.rev ?? 0;
    // The manager edits the version that holds the author's change: not a conflict.
    await push(t, manager, [
      { ...edit(1, 'note', note.recordId, { text: 'by the manager' }), baseRevs: { text: seenRev } },
    ]);
    const notes = await notesSeenBy(officer);
    expect(notes[0]).toMatchObject({ text: 'by the manager', authorId: lead.memberId, conflicts: [] });
  });

  it('refuses a peer’s new theme, answering no record', async () => {
    const theme = edit(1, 'theme', randomUUID(), { name: 'Extra', position: 9 });
    const reply = await push(t, lead, [theme]);
    expect(refusalOf(reply, 1)).toMatchObject({ code: 'forbidden', field: 'mutations.0.recordId' });
    expect(reply.results[0]).toMatchObject({ record: null });
  });

  it('lets the manager create a theme', async () => {
    const theme = edit(1, 'theme', randomUUID(), { name: 'Extra', position: 9 });
    const response = await push(t, manager, [theme]);
    expect(response.results[0]?.status).toBe('applied');
  });

  it('forbids even a manager to write another engagement’s record', async () => {
    const engagement = edit(1, 'engagement', randomUUID(), {
      council: 'X',
      title: 'Y',
      onSiteFrom: '2026-01-01',
      onSiteTo: '2026-01-02',
    });
    const reply = await push(t, manager, [engagement]);
    expect(refusalOf(reply, 1).code).toBe('forbidden');
  });

  it('answers 404 for another engagement id, as if it did not exist', async () => {
    const reply = await pushRaw(t, manager, pushBody([newNote(1)]), randomUUID());
    expect(reply.status).toBe(404);
    expect(errorOf(reply).code).toBe('not_found');
  });
});

describe('invalid pushes', () => {
  it('names a field of the wrong type (400)', async () => {
    const reply = await pushRaw(t, lead, pushBody([{ ...newNote(1), seq: 'one' }]));
    expect(reply.status).toBe(400);
    expect(errorOf(reply)).toMatchObject({ code: 'bad_request', field: 'mutations.0.seq' });
  });

  it('names a bad record id (400)', async () => {
    const reply = await pushRaw(t, lead, pushBody([{ ...newNote(1), recordId: 'not-a-uuid' }]));
    expect(errorOf(reply)).toMatchObject({ code: 'bad_request', field: 'mutations.0.recordId' });
  });

  it('refuses a record field of the wrong type on its own, naming it, and applies the rest', async () => {
    const reply = await push(t, lead, [newNote(1), newNote(2, { changes: { text: 5 } })]);
    expect(reply.results.map((result) => result.status)).toEqual(['applied', 'refused']);
    expect(refusalOf(reply, 2)).toMatchObject({ code: 'bad_request', field: 'mutations.1.changes.text' });
    expect(await notesSeenBy(manager)).toHaveLength(1);
  });

  it('refuses a field the protocol owns, naming it', async () => {
    const reply = await push(t, lead, [newNote(1, { changes: { rev: 99 } })]);
    expect(refusalOf(reply, 1)).toMatchObject({ code: 'bad_request', field: 'mutations.0.changes.rev' });
  });

  it('answers an installed app of the protocol before this one with 426 and applies nothing', async () => {
    const reply = await pushRaw(t, lead, pushBody([newNote(1)], minimumProtocolVersion - 1));
    expect(reply.status).toBe(426);
    expect(errorOf(reply).code).toBe('upgrade_required');
    expect(await notesSeenBy(manager)).toHaveLength(0);
    const retry = await push(t, lead, [newNote(1)]);
    expect(retry.results[0]?.status).toBe('applied');
  });

  it('refuses an empty push (400)', async () => {
    const reply = await pushRaw(t, lead, pushBody([]));
    expect(errorOf(reply)).toMatchObject({ code: 'bad_request', field: 'mutations' });
  });
});
