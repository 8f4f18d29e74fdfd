import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JoinResponse } from '../../src/domain/sync/protocol';
import { errorOf } from './support/call';
import { joinAs } from './support/devices';
import { newNote, pushBody } from './support/mutations';
import { push, pushRaw } from './support/sync';
import { invite, joinWith } from './support/team';
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

const joinAgain = async (member: JoinResponse) => joinWith(t, (await invite(t, manager, member.memberId)).code);
const statuses = (response: Awaited<ReturnType<typeof push>>) => response.results.map((result) => result.status);

describe('a device that joins again', () => {
  it('pushes at once, carrying on the numbers its waiting edits already have', async () => {
    await push(t, lead, [newNote(1), newNote(2), newNote(3)]);
    // Same browser, new link (the old token was lost or revoked): edits 4 and 5 still wait.
    const again = await joinAgain(lead);
    expect(statuses(await push(t, again, [newNote(4), newNote(5)]))).toEqual(['applied', 'applied']);
    expect(statuses(await push(t, again, [newNote(5), newNote(6)]))).toEqual(['duplicate', 'applied']);
  });

  it('pushes from 1 when the app was installed afresh', async () => {
    await push(t, lead, [newNote(1), newNote(2)]);
    const reinstalled = await joinAgain(lead);
    expect(statuses(await push(t, reinstalled, [newNote(1)]))).toEqual(['applied']);
  });

  it('still refuses a gap inside its first push, and a gap after it', async () => {
    const again = await joinAgain(lead);
    const inside = await pushRaw(t, again, pushBody([newNote(7), newNote(9)]));
    expect(inside.status).toBe(409);
    expect(errorOf(inside)).toMatchObject({ code: 'sequence_gap', field: 'mutations.1.seq' });
    await push(t, again, [newNote(7)]);
    expect((await pushRaw(t, again, pushBody([newNote(9)]))).status).toBe(409);
  });
});
