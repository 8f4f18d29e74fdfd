import { z } from 'zod';
import { defaultInviteDays, maxInviteDays } from '../../domain/sync/teamApi';
import { issueInvite, joinUrl } from '../auth/invites';
import { recordAudit } from '../audit/recordAudit';
import { activeMember } from '../auth/memberOf';
import type { DeviceRow, ReadTx, Storage } from '../storage/storage';
import { AdminError } from './adminError';

/** An id the administrator typed must be a UUID: one line says so otherwise. */
export const uuid = (name: string, value: string) => {
  if (!z.uuid().safeParse(value).success)
    throw new AdminError(`--${name}: must be a UUID, e.g. one printed by create-engagement`);
  return value;
};

/** The engagement exists and is not deleted, or the command stops with one line. */
export async function assertEngagement(tx: ReadTx, engagementId: string): Promise<void> {
  const engagement = await tx.getRecord(engagementId, 'engagement', engagementId);
  if (!engagement || engagement.data.deleted === true)
    throw new AdminError(`--engagement: no engagement ${engagementId}`);
}

/** A new single-use join link for a member, e.g. a manager who lost every device. */
export async function adminInvite(
  storage: Storage,
  input: { engagementId: string; memberId: string; days?: number },
  options: { publicUrl: string; now: Date },
): Promise<{ url: string; expiresAt: string; displayName: string }> {
  const engagementId = uuid('engagement', input.engagementId);
  const memberId = uuid('member', input.memberId);
  const days = input.days ?? defaultInviteDays;
  if (!Number.isInteger(days) || days < 1 || days > maxInviteDays)
    throw new AdminError(`--days: must be a whole number from 1 to ${maxInviteDays}`);
  return storage.transaction(async (tx) => {
    await assertEngagement(tx, engagementId);
    const member = await activeMember(tx, engagementId, memberId);
    if (!member) throw new AdminError(`--member: no member ${memberId} in engagement ${engagementId}`);
    const { code, invite } = await issueInvite(tx, { engagementId, memberId, now: options.now, days });
    return { url: joinUrl(options.publicUrl, code), expiresAt: invite.expiresAt, displayName: member.displayName };
  });
}

export type AdminDevice = DeviceRow & { displayName: string };

/** Every device of an engagement with its member's name, by member then oldest first. */
export async function adminListDevices(storage: Storage, input: { engagementId: string }): Promise<AdminDevice[]> {
  const engagementId = uuid('engagement', input.engagementId);
  return storage.read(async (tx) => {
    await assertEngagement(tx, engagementId);
    const devices = await tx.listDevices(engagementId);
    const named: AdminDevice[] = [];
    for (const device of devices) {
      const member = await activeMember(tx, engagementId, device.memberId);
      named.push({ ...device, displayName: member?.displayName ?? '(deleted member)' });
    }
    return named;
  });
}

/** Signs a device out for good; revoking twice keeps the first time. */
export async function adminRevokeDevice(
  storage: Storage,
  input: { engagementId: string; deviceId: string },
  now: Date,
): Promise<{ revokedAt: string }> {
  const engagementId = uuid('engagement', input.engagementId);
  const deviceId = uuid('device', input.deviceId);
  return storage.transaction(async (tx) => {
    const device = await tx.findDevice(deviceId);
    if (!device || device.engagementId !== engagementId)
      throw new AdminError(`--device: no device ${deviceId} in engagement ${engagementId}`);
    await tx.revokeDevice(deviceId, now.toISOString());
    if (device.revokedAt === null) {
      // From the command line: the operator, not a member, did it.
      const entry = { engagementId, at: now.toISOString(), memberId: null };
      await recordAudit(tx, entry, [{ kind: 'device-revoked', detail: { deviceId, memberId: device.memberId } }]);
    }
    return { revokedAt: device.revokedAt ?? now.toISOString() };
  });
}
