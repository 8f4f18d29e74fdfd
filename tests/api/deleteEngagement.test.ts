import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JoinResponse } from '../../src/domain/sync/protocol';
import { runAdmin } from '../../src/server/admin/runAdmin';
import { call } from './support/call';
import { joinAs } from './support/devices';
import { jpeg } from './support/images';
import { newNote } from './support/mutations';
import { push } from './support/sync';
import { teamPath } from './support/team';
import { startTestApp, type TestApp } from './support/testApp';

let t: TestApp;
let lead: JoinResponse;

beforeEach(async () => {
  t = await startTestApp();
  lead = await joinAs(t, 'lead peer');
});
afterEach(async () => {
  await t.close();
});

/** `npm run admin -- …args` in process, on the test app's database. */
async function admin(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const env = { ...t.databaseEnv, PUBLIC_URL: 'https://tri.example.org' };
  const code = await runAdmin(args, {
    env,
    cwd: t.dir,
    now: () => new Date(),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out, err };
}

const rowsOf = (engagementId: string) =>
  t.storage.read(async (tx) => ({
    records: (await tx.listChanges(engagementId, 0, 100_000)).length,
    devices: (await tx.listDevices(engagementId)).length,
    invites: (await tx.listInvites(engagementId)).length,
  }));

describe('admin delete-engagement', () => {
  it('counts without --yes, then erases records, photos, devices and invites of that engagement only', async () => {
    const other = await admin(
      'create-engagement',
      ...['--council', 'Wessex Council', '--title', 'Peer challenge', '--from', '2026-12-01', '--to', '2026-12-04'],
      ...['--manager', 'Ann Lee'],
    );
    expect(other.code).toBe(0);
    const otherId = /Engagement created: (\S+)/.exec(other.out[0] ?? '')?.[1] ?? '';
    const otherBefore = await rowsOf(otherId);

    const photoId = randomUUID();
    await call(t.app, 'PUT', teamPath(t, `photos/${photoId}`), { token: lead.deviceToken, bytes: jpeg() });
    await push(t, lead, [newNote(1, { setChanges: { photoIds: { add: [photoId], remove: [] } } })]);
    const engagementId = t.demo.engagementId;
    const before = await rowsOf(engagementId);

    const dry = await admin('delete-engagement', '--engagement', engagementId);
    expect(dry.code).toBe(2);
    expect(dry.out.join('\n')).toContain(
      `holds ${before.records} records, 1 photos, ${before.devices} devices and ${before.invites} invites. Nothing was erased.`,
    );
    expect(await rowsOf(engagementId)).toEqual(before);

    const done = await admin('delete-engagement', '--engagement', engagementId, '--yes');
    expect(done).toMatchObject({ code: 0, err: [] });
    expect(done.out).toEqual([
      `Engagement ${engagementId} erased: ${before.records} records, 1 photos, ${before.devices} devices and ${before.invites} invites.`,
    ]);
    expect(await rowsOf(engagementId)).toEqual({ records: 0, devices: 0, invites: 0 });
    expect(await t.storage.read((tx) => tx.getPhoto(engagementId, photoId))).toBeUndefined();
    const pulled = await call(t.app, 'GET', `/api/engagements/${engagementId}/pull?since=0`, {
      token: lead.deviceToken,
    });
    expect(pulled.status).toBe(401);
    expect(await rowsOf(otherId)).toEqual(otherBefore);
    // The audit log outlives the engagement and says what went.
    const audit = await t.storage.read((tx) => tx.listAuditEvents(engagementId));
    expect(audit.at(-1)).toMatchObject({
      kind: 'erased',
      memberId: null,
      detail: { recordType: 'engagement', recordId: engagementId, records: before.records, photos: 1 },
    });

    const again = await admin('delete-engagement', '--engagement', engagementId, '--yes');
    expect(again).toMatchObject({ code: 2, err: [`admin: --engagement: no engagement ${engagementId}`] });
  });
});
