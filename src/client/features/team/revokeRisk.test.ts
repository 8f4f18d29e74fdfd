import { describe, expect, it } from 'vitest';
import type { Device } from '../../../domain/sync/teamApi';
import { revokeRisk } from './revokeRisk';

const managerId = '11111111-1111-4111-8111-111111111111';
const peerId = '22222222-2222-4222-8222-222222222222';
const device = (id: string, memberId: string, extra: Partial<Device> = {}): Device => ({
  id,
  memberId,
  createdAt: '2026-11-23T08:00:00.000Z',
  lastSeenAt: null,
  revokedAt: null,
  isThisDevice: false,
  ...extra,
});

describe('revokeRisk', () => {
  const mine = device('a', managerId, { isThisDevice: true });
  const myOther = device('b', managerId);
  const peers = device('c', peerId);

  it('a peer’s device is another device', () => {
    expect(revokeRisk(peers, [mine, peers], managerId)).toBe('other device');
  });
  it('this device, while the manager has another, is this device', () => {
    expect(revokeRisk(mine, [mine, myOther, peers], managerId)).toBe('this device');
  });
  it('the manager’s only unrevoked device is their last, whichever tablet asks', () => {
    expect(revokeRisk(mine, [mine, peers], managerId)).toBe('manager’s last device');
    const revokedOther = { ...myOther, revokedAt: '2026-11-23T09:00:00.000Z' };
    expect(revokeRisk(mine, [mine, revokedOther, peers], managerId)).toBe('manager’s last device');
    expect(revokeRisk(myOther, [{ ...mine, revokedAt: '2026-11-23T09:00:00.000Z' }, myOther], managerId)).toBe(
      'manager’s last device',
    );
  });
});
