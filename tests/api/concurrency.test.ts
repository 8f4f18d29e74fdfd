import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pushResponseSchema, type JoinResponse, type Mutation } from '../../src/domain/sync/protocol';
import { call } from './support/call';
import { codeFor, joinAs } from './support/devices';
import { joinAnotherDevice } from './support/extraDevices';
import { edit, newNote, pushBody } from './support/mutations';
import { pull, push, pushRaw } from './support/sync';
import { startTestApp, type TestApp } from './support/testApp';

// Requests that arrive together. SQLite runs their transactions one at a time; PostgreSQL
// runs them side by side, so these check that its locks give the same outcome.
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

/** Notes written by the test: a pull of everything after the demo's records. */
const notesSeenBy = async (device: JoinResponse) =>
  (await pull(t, device, t.demoCursor)).changes
    .filter((change) => change.recordType === 'note')
    .map((change) => change.record);

describe('concurrent requests', () => {
  it('applies a push sent four times at once (retries racing the original) only once', async () => {
    const lead = await joinAs(t, 'lead peer');
    const body = pushBody([newNote(1), newNote(2)]);
    const replies = await Promise.all([1, 2, 3, 4].map(() => pushRaw(t, lead, body)));
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200, 200]);
    const statuses = replies.map((reply) =>
      pushResponseSchema
        .parse(reply.json)
        .results.map((result) => result.status)
        .join(),
    );
    expect(statuses.sort()).toEqual([
      'applied,applied',
      'duplicate,duplicate',
      'duplicate,duplicate',
      'duplicate,duplicate',
    ]);
    expect(await notesSeenBy(lead)).toHaveLength(2);
  });

  it('keeps every device’s addition when several tag one note at once', async () => {
    const manager = await joinAs(t, 'challenge manager');
    const note = newNote(1);
    await push(t, manager, [note]);
    const devices = await Promise.all([1, 2, 3, 4, 5].map(() => joinAnotherDevice(t, manager.memberId)));
    const themeIds = devices.map(() => randomUUID());
    const tag = (themeId: string): Mutation => ({
      ...edit(1, 'note', note.recordId, {}),
      setChanges: { themeIds: { add: [themeId], remove: [] } },
    });
    const results = await Promise.all(devices.map((device, index) => push(t, device, [tag(themeIds[index] ?? '')])));
    const revs = results.map((result) => result.results[0]?.rev ?? 0).sort((a, b) => a - b);
    expect(revs).toEqual(revs.map((_, index) => (revs[0] ?? 0) + index));

    const [stored] = await notesSeenBy(manager);
    expect([...((stored?.themeIds as string[] | undefined) ?? [])].sort()).toEqual([...themeIds].sort());
    expect(stored?.rev).toBe(revs.at(-1));
  });

  it('makes one device from a join link redeemed four times at once', async () => {
    const code = codeFor(t, 'officer peer');
    const replies = await Promise.all([1, 2, 3, 4].map(() => call(t.app, 'POST', '/api/join', { body: { code } })));
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 400, 400, 400]);
  });
});
