import { minimumProtocolVersion } from '../../src/domain/sync/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxMutationsPerPush } from '../../src/domain/sync/limits';
import type { JoinResponse, Mutation } from '../../src/domain/sync/protocol';
import { call, errorOf } from './support/call';
import { joinAs } from './support/devices';
import { newNote, remove } from './support/mutations';
import { pull, pullAll, push } from './support/sync';
import { startTestApp, type TestApp } from './support/testApp';

const noteCount = 2500;
const deletedCount = 40;

let t: TestApp;
let manager: JoinResponse;
let peer: JoinResponse;
let noteIds: string[];

beforeAll(async () => {
  t = await startTestApp();
  manager = await joinAs(t, 'challenge manager');
  peer = await joinAs(t, 'officer peer');
  const notes = Array.from({ length: noteCount }, (_, index) => newNote(index + 1));
  noteIds = notes.map((note) => note.recordId);
  for (let start = 0; start < notes.length; start += maxMutationsPerPush) {
    await push(t, peer, notes.slice(start, start + maxMutationsPerPush));
  }
  // Tombstones for some early notes: they move to the end of the change order.
  const deletes: Mutation[] = noteIds
    .slice(0, deletedCount)
    .map((id, index) => remove(noteCount + index + 1, 'note', id));
  await push(t, peer, deletes);
});
afterAll(async () => {
  await t.close();
});

describe('GET pull paging', () => {
  it('delivers every record exactly once, in rev order, over three pages', async () => {
    const { pages, changes } = await pullAll(t, manager);
    expect(pages.map((page) => [page.changes.length, page.hasMore])).toEqual([
      [1000, true],
      [1000, true],
      [changes.length - 2000, false],
    ]);
    const revs = changes.map((change) => Number(change.record.rev));
    expect(revs).toEqual([...revs].sort((a, b) => a - b));
    expect(new Set(revs).size).toBe(revs.length);
    const ids = changes.map((change) => String(change.record.id));
    expect(new Set(ids).size).toBe(ids.length);
    // The demo's evening has notes of its own; these are the test's.
    const written = new Set(noteIds);
    const noteChanges = changes.filter(
      (change) => change.recordType === 'note' && written.has(String(change.record.id)),
    );
    expect(noteChanges).toHaveLength(noteCount);
    expect(noteChanges.filter((change) => change.record.deleted === true)).toHaveLength(deletedCount);
    // Demo records are in the first page too.
    expect(changes.filter((change) => change.recordType === 'theme')).toHaveLength(5);
    expect(pages[2]?.cursor).toBe(revs.at(-1));
  });

  it('answers an empty page with the same cursor when nothing is new', async () => {
    const last = (await pullAll(t, manager)).pages.at(-1);
    const next = await pull(t, manager, last?.cursor);
    expect(next).toMatchObject({ changes: [], cursor: last?.cursor, hasMore: false });
  });

  it('returns only changes after the cursor', async () => {
    const all = await pullAll(t, manager);
    const since = Number(all.changes[1500]?.record.rev);
    const fromCursor = await pull(t, manager, since);
    expect(fromCursor.changes[0]?.record.rev).toBe(all.changes[1501]?.record.rev);
    // 1,015 changes remain after it: a full page now, the rest next time.
    expect(fromCursor.changes).toHaveLength(1000);
    expect(fromCursor.hasMore).toBe(all.changes.length - 1501 > 1000);
  });

  it.each(['-1', 'abc', '1.5', ''])('refuses since=%j with 400 naming since', async (since) => {
    const reply = await call(t.app, 'GET', `/api/engagements/${t.demo.engagementId}/pull?since=${since}`, {
      token: manager.deviceToken,
    });
    expect(reply.status).toBe(400);
    expect(errorOf(reply)).toMatchObject({ code: 'bad_request', field: 'since' });
  });

  it('answers an old protocol named in X-Protocol-Version with 426', async () => {
    const reply = await call(t.app, 'GET', `/api/engagements/${t.demo.engagementId}/pull?since=0`, {
      token: manager.deviceToken,
      headers: { 'X-Protocol-Version': String(minimumProtocolVersion - 1) },
    });
    expect(reply.status).toBe(426);
  });
});
