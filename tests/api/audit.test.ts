import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JoinResponse } from '../../src/domain/sync/protocol';
import { runAdmin } from '../../src/server/admin/runAdmin';
import { auditReportSchema } from '../../src/server/audit/auditEvent';
import { call } from './support/call';
import { joinAs } from './support/devices';
import { joinAnotherDevice } from './support/extraDevices';
import { edit, newNote, remove } from './support/mutations';
import { publish } from './support/outputs';
import { push, refusalOf } from './support/sync';
import { addMember, invite, teamPath } from './support/team';
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

/** `npm run admin -- …args` in process, on the test app's database. */
async function admin(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const { dataDir, databaseUrl } = t.storageConfig;
  const code = await runAdmin(args, {
    env: { DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
    cwd: t.dir,
    now: () => new Date('2026-12-05T09:00:00.000Z'),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out, err };
}

const revoke = (device: JoinResponse, path: string) =>
  call(t.app, 'POST', teamPath(t, path), { token: device.deviceToken });

describe('the audit log', () => {
  it('records joins, role changes, revocations and publications, and admin audit --json prints them', async () => {
    const snapshotId = randomUUID();
    // Role changes: a new member, the lead made council, the new member deleted.
    const newcomer = await addMember(t, manager, 1, {
      displayName: 'Sam Okafor',
      role: 'peer',
      position: 'member peer',
    });
    await push(t, manager, [edit(2, 'member', lead.memberId, { role: 'council' }), remove(3, 'member', newcomer)]);
    // Publication and withdrawal; a note writes no entry.
    await push(t, manager, [publish(4, snapshotId), newNote(5), remove(6, 'publishedSnapshot', snapshotId)]);
    // An invite and a device revoked through the Team routes (twice: one entry each), and
    // a device from the command line.
    const invited = await invite(t, manager, manager.memberId);
    for (let time = 0; time < 2; time += 1) {
      expect((await revoke(manager, `invites/${invited.invite.id}/revoke`)).status).toBe(200);
      expect((await revoke(manager, `devices/${lead.deviceId}/revoke`)).status).toBe(200);
    }
    const spare = await joinAnotherDevice(t, manager.memberId);
    expect((await admin('revoke-device', '--engagement', t.demo.engagementId, '--device', spare.deviceId)).code).toBe(
      0,
    );

    const result = await admin('audit', '--engagement', t.demo.engagementId, '--json');
    expect(result).toMatchObject({ code: 0, err: [] });
    expect(result.out).toHaveLength(1);
    const printed: unknown = JSON.parse(result.out[0] ?? '');
    const { events } = auditReportSchema.parse(printed);
    expect(Object.keys(printed as object)).toEqual(['events']);
    expect(events.map((event) => Object.keys(event))).toEqual(events.map(() => ['at', 'kind', 'memberId', 'detail']));
    // A publication's detail also holds the acceptances its snapshot recorded (none here).
    expect(events.find((event) => event.kind === 'published')?.detail.acceptances).toEqual([]);
    const m = manager.memberId;
    expect(events.map(({ kind, memberId, detail }) => ({ kind, memberId, detail }))).toEqual([
      { kind: 'joined', memberId: m, detail: { deviceId: manager.deviceId } },
      { kind: 'joined', memberId: lead.memberId, detail: { deviceId: lead.deviceId } },
      { kind: 'role-changed', memberId: m, detail: { memberId: newcomer, from: null, to: 'peer' } },
      { kind: 'role-changed', memberId: m, detail: { memberId: lead.memberId, from: 'peer', to: 'council' } },
      { kind: 'role-changed', memberId: m, detail: { memberId: newcomer, from: 'peer', to: null } },
      { kind: 'published', memberId: m, detail: { snapshotId, output: 'presentation', number: 1, acceptances: [] } },
      { kind: 'withdrawn', memberId: m, detail: { snapshotId, output: 'presentation', number: 1 } },
      { kind: 'invite-revoked', memberId: m, detail: { inviteId: invited.invite.id, memberId: m } },
      { kind: 'device-revoked', memberId: m, detail: { deviceId: lead.deviceId, memberId: lead.memberId } },
      { kind: 'joined', memberId: m, detail: { deviceId: spare.deviceId } },
      { kind: 'device-revoked', memberId: null, detail: { deviceId: spare.deviceId, memberId: m } },
    ]);
    // Times are in order, and the command-line one is the admin's clock.
    expect(events.map((event) => event.at)).toEqual(events.map((event) => event.at).sort());
    expect(events.at(-1)?.at).toBe('2026-12-05T09:00:00.000Z');
    // Nothing in the log names anyone.
    expect(result.out[0]).not.toMatch(/Sam Okafor|Okafor/);

    const readable = await admin('audit', '--engagement', t.demo.engagementId);
    expect(readable.code).toBe(0);
    expect(readable.out).toHaveLength(events.length);
    expect(readable.out[3]).toContain(`role-changed  by member ${m}  memberId=${lead.memberId}  from=peer  to=council`);
    expect(readable.out.at(-1)).toContain('device-revoked  by the operator');
  });

  it('records the devices and links a member loses with their deletion', async () => {
    const pending = await invite(t, manager, lead.memberId);
    await push(t, manager, [remove(1, 'member', lead.memberId)]);
    const events = await t.storage.read((tx) => tx.listAuditEvents(t.demo.engagementId));
    const m = manager.memberId;
    expect(events.slice(2).map(({ kind, memberId, detail }) => ({ kind, memberId, detail }))).toEqual([
      { kind: 'role-changed', memberId: m, detail: { memberId: lead.memberId, from: 'peer', to: null } },
      { kind: 'device-revoked', memberId: m, detail: { deviceId: lead.deviceId, memberId: lead.memberId } },
      { kind: 'invite-revoked', memberId: m, detail: { inviteId: pending.invite.id, memberId: lead.memberId } },
    ]);
  });

  it('writes nothing for a refused change, and is per engagement', async () => {
    const refused = await push(t, lead, [edit(1, 'member', lead.memberId, { role: 'manager' })]);
    expect(refusalOf(refused, 1)).toMatchObject({ code: 'forbidden' });
    const events = await t.storage.read((tx) => tx.listAuditEvents(t.demo.engagementId));
    expect(events.map((event) => event.kind)).toEqual(['joined', 'joined']);

    const other = randomUUID();
    expect(await admin('audit', '--engagement', other)).toMatchObject({
      code: 0,
      out: [`No audit entries for engagement ${other}.`],
    });
    expect(await admin('audit', '--engagement', other, '--json')).toMatchObject({ code: 0, out: ['{"events":[]}'] });
    expect((await admin('audit', '--engagement', 'not-a-uuid')).code).toBe(2);
  });
});
