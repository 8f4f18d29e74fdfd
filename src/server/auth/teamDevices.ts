import { z } from 'zod';
import type { Device, DeviceListResponse, DeviceResponse } from '../../domain/sync/teamApi';
import { ApiFailure } from '../apiFailure';
import { recordAudit } from '../audit/recordAudit';
import { parseInput } from '../parseInput';
import type { DeviceRow, Storage } from '../storage/storage';
import { assertOwnEngagement } from '../sync/assertEngagement';
import type { Caller } from './authenticate';

/** A device as the API shows it: never its token hash or sync position. */
function toDevice(row: DeviceRow, caller: Caller): Device {
  const { id, memberId, createdAt, lastSeenAt, revokedAt } = row;
  return { id, memberId, createdAt, lastSeenAt, revokedAt, isThisDevice: id === caller.deviceId };
}

/**
 * The engagement's devices, by member. The manager sees everyone's; any other member
 * sees only their own, enough to sign out a lost tablet from another device.
 */
export async function listTeamDevices(
  storage: Storage,
  caller: Caller,
  engagementId: string,
): Promise<DeviceListResponse> {
  assertOwnEngagement(caller, engagementId);
  const rows = await storage.read((tx) => tx.listDevices(engagementId));
  const visible = caller.role === 'manager' ? rows : rows.filter((row) => row.memberId === caller.memberId);
  return { devices: visible.map((row) => toDevice(row, caller)) };
}

/**
 * Signs a device out for good: its token answers 401 from now on.
 * 1. 404 for another engagement, or a device id not in this one.
 * 2. The manager may revoke any device of the engagement; others only their own (403).
 * 3. Revoking twice keeps the first time.
 */
export async function revokeTeamDevice(
  storage: Storage,
  caller: Caller,
  engagementId: string,
  deviceId: string,
  now: Date,
): Promise<DeviceResponse> {
  // 1.
  assertOwnEngagement(caller, engagementId);
  const id = parseInput(z.uuid(), deviceId, 'deviceId');
  return storage.transaction(async (tx) => {
    const device = await tx.findDevice(id);
    if (!device || device.engagementId !== engagementId)
      throw new ApiFailure('not_found', 'No such device.', 'deviceId');
    // 2.
    if (caller.role !== 'manager' && device.memberId !== caller.memberId) {
      throw new ApiFailure('forbidden', 'Only the challenge manager may sign out another member’s device.', 'deviceId');
    }
    // 3.
    await tx.revokeDevice(id, now.toISOString());
    if (device.revokedAt === null) {
      const entry = { engagementId, at: now.toISOString(), memberId: caller.memberId };
      await recordAudit(tx, entry, [{ kind: 'device-revoked', detail: { deviceId: id, memberId: device.memberId } }]);
    }
    return { device: toDevice({ ...device, revokedAt: device.revokedAt ?? now.toISOString() }, caller) };
  });
}
