import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JoinResponse } from '../../src/domain/sync/protocol';
import {
  deviceListResponseSchema,
  inviteListResponseSchema,
  inviteResponseSchema,
} from '../../src/domain/sync/teamApi';
import { call, errorOf } from './support/call';
import { joinAs } from './support/devices';
import { pull } from './support/sync';
import { addMember, invite, joinWith, teamPath } from './support/team';
import { startTestApp, type TestApp } from './support/testApp';

let t: TestApp;
let manager: JoinResponse;
let lead: JoinResponse;
const dayMs = 24 * 60 * 60 * 1000;

beforeEach(async () => {
  t = await startTestApp();
  manager = await joinAs(t, 'challenge manager');
  lead = await joinAs(t, 'lead peer');
});
afterEach(async () => {
  await t.close();
});

const listInvites = async () =>
  inviteListResponseSchema.parse(
    (await call(t.app, 'GET', teamPath(t, 'invites'), { token: manager.deviceToken })).json,
  ).invites;
const listDevices = async (device: JoinResponse) =>
  deviceListResponseSchema.parse((await call(t.app, 'GET', teamPath(t, 'devices'), { token: device.deviceToken })).json)
    .devices;

describe('invites', () => {
  it('makes a single-use link for a synced member that joins as that member', async () => {
    const memberId = await addMember(t, manager, 1, {
      displayName: 'Tom Reyes',
      role: 'peer',
      position: 'member peer',
    });
    const created = await invite(t, manager, memberId);
    expect(created.url).toBe(`http://localhost/join/${created.code}`);
    expect(created.invite).toMatchObject({ memberId, usedAt: null, revokedAt: null, status: 'pending' });
    expect(Date.parse(created.invite.expiresAt) - Date.parse(created.invite.createdAt)).toBe(14 * dayMs);

    const joined = await joinWith(t, created.code);
    expect(joined).toMatchObject({ memberId, role: 'peer', displayName: 'Tom Reyes' });
    const again = await call(t.app, 'POST', '/api/join', { body: { code: created.code } });
    expect(errorOf(again).field).toBe('code');
    expect((await listInvites()).find((row) => row.id === created.invite.id)?.status).toBe('used');
  });

  it('takes a lifetime from 1 to 60 days and refuses others, naming the field', async () => {
    const created = await invite(t, manager, lead.memberId, { expiresInDays: 60 });
    expect(Date.parse(created.invite.expiresAt) - Date.parse(created.invite.createdAt)).toBe(60 * dayMs);
    for (const expiresInDays of [0, 61, 1.5, '7', null]) {
      const reply = await call(t.app, 'POST', teamPath(t, 'invites'), {
        token: manager.deviceToken,
        body: { memberId: lead.memberId, expiresInDays },
      });
      expect(reply.status).toBe(400);
      expect(errorOf(reply).field).toBe('expiresInDays');
    }
  });

  it('refuses an unknown key, and a member that is not on the server, by name', async () => {
    const unknownKey = await call(t.app, 'POST', teamPath(t, 'invites'), {
      token: manager.deviceToken,
      body: { memberId: lead.memberId, role: 'manager' },
    });
    expect(errorOf(unknownKey)).toMatchObject({ code: 'bad_request', field: 'role' });
    const noMember = await call(t.app, 'POST', teamPath(t, 'invites'), {
      token: manager.deviceToken,
      body: { memberId: randomUUID() },
    });
    expect(errorOf(noMember)).toMatchObject({ code: 'bad_request', field: 'memberId' });
  });

  it('lists invites without codes or hashes, and a revoked link no longer joins', async () => {
    const created = await invite(t, manager, lead.memberId);
    const reply = await call(t.app, 'GET', teamPath(t, 'invites'), { token: manager.deviceToken });
    expect(reply.text).not.toContain(created.code);
    const demoInvites = await listInvites();
    // The demo's three plus this one; every row has exactly the documented keys.
    expect(demoInvites).toHaveLength(4);
    for (const row of demoInvites)
      expect(Object.keys(row).sort()).toEqual([
        'createdAt',
        'expiresAt',
        'id',
        'memberId',
        'revokedAt',
        'status',
        'usedAt',
      ]);

    const revoke = await call(t.app, 'POST', teamPath(t, `invites/${created.invite.id}/revoke`), {
      token: manager.deviceToken,
    });
    const revoked = inviteResponseSchema.parse(revoke.json).invite;
    expect(revoked).toMatchObject({ id: created.invite.id, status: 'revoked', revokedAt: expect.any(String) });
    const twice = inviteResponseSchema.parse(
      (await call(t.app, 'POST', teamPath(t, `invites/${created.invite.id}/revoke`), { token: manager.deviceToken }))
        .json,
    );
    expect(twice.invite.revokedAt).toBe(revoked.revokedAt);
    const join = await call(t.app, 'POST', '/api/join', { body: { code: created.code } });
    expect(errorOf(join).field).toBe('code');
  });

  it('answers 404 for an unknown invite id and 400 for one that is not a UUID', async () => {
    const unknown = await call(t.app, 'POST', teamPath(t, `invites/${randomUUID()}/revoke`), {
      token: manager.deviceToken,
    });
    expect(unknown.status).toBe(404);
    expect(errorOf(unknown).field).toBe('inviteId');
    const malformed = await call(t.app, 'POST', teamPath(t, 'invites/nope/revoke'), { token: manager.deviceToken });
    expect(errorOf(malformed)).toMatchObject({ code: 'bad_request', field: 'inviteId' });
  });

  it('is the manager’s alone (403), and another engagement is not there (404)', async () => {
    const body = { memberId: lead.memberId };
    for (const [method, rest] of [
      ['GET', 'invites'],
      ['POST', 'invites'],
      ['POST', `invites/${randomUUID()}/revoke`],
    ] as const) {
      const options = method === 'POST' ? { body } : {};
      const reply = await call(t.app, method, teamPath(t, rest), { token: lead.deviceToken, ...options });
      expect(reply.status).toBe(403);
      expect(errorOf(reply).code).toBe('forbidden');
      const elsewhere = await call(t.app, method, `/api/engagements/${randomUUID()}/${rest}`, {
        token: manager.deviceToken,
        ...options,
      });
      expect(elsewhere.status).toBe(404);
    }
  });
});

describe('devices', () => {
  it('lists every device to the manager and only their own to a peer', async () => {
    const all = await listDevices(manager);
    expect(all.map((device) => device.id).sort()).toEqual([manager.deviceId, lead.deviceId].sort());
    expect(all.find((device) => device.id === manager.deviceId)).toMatchObject({
      memberId: manager.memberId,
      isThisDevice: true,
      revokedAt: null,
    });
    expect(all.every((device) => device.lastSeenAt !== null)).toBe(true);
    const own = await listDevices(lead);
    expect(own).toEqual([expect.objectContaining({ id: lead.deviceId, isThisDevice: true })]);
  });

  it('lets the manager sign out any device: its token then gets 401', async () => {
    const reply = await call(t.app, 'POST', teamPath(t, `devices/${lead.deviceId}/revoke`), {
      token: manager.deviceToken,
    });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({
      device: { id: lead.deviceId, revokedAt: expect.any(String), isThisDevice: false },
    });
    const after = await call(t.app, 'GET', teamPath(t, 'pull'), { token: lead.deviceToken });
    expect(after.status).toBe(401);
    expect((await listDevices(manager)).find((device) => device.id === lead.deviceId)?.revokedAt).not.toBeNull();
  });

  it('lets a peer sign out their own device but not another’s (403)', async () => {
    const other = await call(t.app, 'POST', teamPath(t, `devices/${manager.deviceId}/revoke`), {
      token: lead.deviceToken,
    });
    expect(errorOf(other)).toMatchObject({ code: 'forbidden', field: 'deviceId' });
    await pull(t, manager);
    const own = await call(t.app, 'POST', teamPath(t, `devices/${lead.deviceId}/revoke`), { token: lead.deviceToken });
    expect(own.status).toBe(200);
    expect((await call(t.app, 'GET', teamPath(t, 'devices'), { token: lead.deviceToken })).status).toBe(401);
  });

  it('answers 404 for a device of no engagement of the caller', async () => {
    const reply = await call(t.app, 'POST', teamPath(t, `devices/${randomUUID()}/revoke`), {
      token: manager.deviceToken,
    });
    expect(errorOf(reply)).toMatchObject({ code: 'not_found', field: 'deviceId' });
  });
});
