import type { Device } from '../../../domain/sync/teamApi';

/**
 * What revoking a device costs, so the Team screen asks the right question first:
 * another tablet is cut off; this one stops syncing; the manager's own last device
 * would leave nobody able to manage the engagement, so it needs the engagement's name.
 */
export type RevokeRisk = 'other device' | 'this device' | 'manager’s last device';

export function revokeRisk(device: Device, devices: readonly Device[], managerId: string): RevokeRisk {
  const managersOthers = devices.filter(
    (other) => other.id !== device.id && other.memberId === managerId && other.revokedAt === null,
  );
  if (device.memberId === managerId && managersOthers.length === 0) return 'manager’s last device';
  return device.isThisDevice ? 'this device' : 'other device';
}
