import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JoinResponse } from '../../src/domain/sync/protocol';
import { authenticate } from '../../src/server/auth/authenticate';
import { push as pushAs } from '../../src/server/sync/push';
import { call } from './support/call';
import { joinAs } from './support/devices';
import { edit, newNote, pushBody } from './support/mutations';
import { pull, push } from './support/sync';
import { teamPath } from './support/team';
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

/** The caller as the token check saw it, before the change the test then makes. */
async function authenticatedNow(device: JoinResponse) {
  const authenticated = await authenticate(t.storage, device.deviceToken);
  if (!authenticated) throw new Error('the device should be signed in');
  return authenticated.caller;
}

async function notesAfterDemo() {
  return (await pull(t, manager, t.demoCursor)).changes.filter((change) => change.recordType === 'note');
}

describe('rights inside the push', () => {
  it('a revocation that lands after the token check stops the push', async () => {
    const caller = await authenticatedNow(lead);
    const revoked = await call(t.app, 'POST', teamPath(t, `devices/${lead.deviceId}/revoke`), {
      token: manager.deviceToken,
    });
    expect(revoked.status).toBe(200);

    await expect(pushAs(t.storage, caller, t.demo.engagementId, pushBody([newNote(1)]))).rejects.toMatchObject({
      code: 'unauthorized',
    });
    expect(await notesAfterDemo()).toHaveLength(0);
  });

  it('a change of role that lands after the token check applies to the push', async () => {
    const caller = await authenticatedNow(lead);
    expect(caller.role).toBe('peer');
    // The manager makes the lead peer a council member: the council may not write notes.
    await push(t, manager, [edit(1, 'member', lead.memberId, { role: 'council' })]);

    const response = await pushAs(t.storage, caller, t.demo.engagementId, pushBody([newNote(1)]));
    expect(response.results[0]).toMatchObject({ status: 'refused', refusal: { code: 'forbidden' } });
    expect(await notesAfterDemo()).toHaveLength(0);
  });

  it('a member deleted after the token check cannot push', async () => {
    const caller = await authenticatedNow(lead);
    await push(t, manager, [{ ...edit(1, 'member', lead.memberId, {}), op: 'delete' }]);
    await expect(pushAs(t.storage, caller, t.demo.engagementId, pushBody([newNote(1)]))).rejects.toMatchObject({
      code: 'unauthorized',
    });
  });
});
