import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deviceListResponseSchema } from '../../src/domain/sync/teamApi';
import type { JoinResponse } from '../../src/domain/sync/protocol';
import { call } from './support/call';
import { joinAs } from './support/devices';
import { edit, newNote, pushBody, remove } from './support/mutations';
import { pull, push, pushRaw } from './support/sync';
import { invite, joinWith, teamPath } from './support/team';
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

describe('deleting a member', () => {
  it('revokes their devices and unused links for good, even when a stale edit revives the member record', async () => {
    // The manager's second device, offline since before the delete.
    const managerTablet = await joinWith(t, (await invite(t, manager, manager.memberId)).code);
    const unusedLink = await invite(t, manager, lead.memberId);

    await push(t, manager, [remove(1, 'member', lead.memberId)]);
    // The tablet's rename, made before it heard of the delete, arrives later and wins.
    await push(t, managerTablet, [edit(1, 'member', lead.memberId, { displayName: 'Lead peer (renamed)' })]);
    const member = (await pull(t, manager, t.demoCursor)).changes.find((change) => change.record.id === lead.memberId);
    expect(member?.record).toMatchObject({ displayName: 'Lead peer (renamed)', deleted: false });

    // Every old way in stays shut.
    const pulled = await call(t.app, 'GET', `/api/engagements/${t.demo.engagementId}/pull?since=0`, {
      token: lead.deviceToken,
    });
    expect(pulled.status).toBe(401);
    expect((await pushRaw(t, lead, pushBody([newNote(1)]))).status).toBe(401);
    const joined = await call(t.app, 'POST', '/api/join', { body: { code: unusedLink.code } });
    expect(joined.status).toBe(400);

    const devices = await call(t.app, 'GET', teamPath(t, 'devices'), { token: manager.deviceToken });
    const leadDevice = deviceListResponseSchema.parse(devices.json).devices.find((d) => d.id === lead.deviceId);
    expect(leadDevice?.revokedAt).not.toBeNull();

    // The manager lets them back in the one way there is: a new link.
    const again = await joinWith(t, (await invite(t, manager, lead.memberId)).code);
    expect((await push(t, again, [newNote(1)])).results[0]?.status).toBe('applied');
  });
});
