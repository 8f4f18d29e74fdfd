import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Device } from '../../../domain/sync/teamApi';
import { useAppServices } from '../../services/appServices';
import { useEngagementContext } from '../../services/engagementContext';
import { getEngagement } from '../../store/engagementQueries';
import { formatSessionTime } from '../../ui/formatTime';
import { RevokeDeviceDialog } from './RevokeDeviceDialog';
import { revokeRisk } from './revokeRisk';
import type { useTeamQueries } from './teamQueries';

type Props = { devices: Device[]; nameOf: (memberId: string) => string; team: ReturnType<typeof useTeamQueries> };

/** Every tablet that joined: a lost one is cut off here, its token stops working at once. */
export function DevicesTable({ devices, nameOf, team }: Props) {
  const { db } = useAppServices();
  const { identity } = useEngagementContext();
  const engagement = useLiveQuery(() => getEngagement(db, identity.engagementId), [db, identity.engagementId]);
  const [revoking, setRevoking] = useState<Device | null>(null);
  const deviceName = (device: Device) =>
    `${nameOf(device.memberId)}’s device joined ${formatSessionTime(device.createdAt)}${device.isThisDevice ? ' (this device)' : ''}`;
  return (
    <section aria-labelledby="devices-heading">
      <h2 id="devices-heading">Devices</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Joined</th>
            <th scope="col">Last seen</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {devices.map((device) => (
            <tr key={device.id}>
              <th scope="row">
                {nameOf(device.memberId)}
                {device.isThisDevice ? ' (this device)' : ''}
              </th>
              <td>{formatSessionTime(device.createdAt)}</td>
              <td>{device.lastSeenAt ? formatSessionTime(device.lastSeenAt) : 'never'}</td>
              <td>
                {device.revokedAt ? (
                  `revoked ${formatSessionTime(device.revokedAt)}`
                ) : (
                  <button type="button" onClick={() => setRevoking(device)} aria-label={`Revoke ${deviceName(device)}`}>
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {revoking ? (
        <RevokeDeviceDialog
          deviceName={deviceName(revoking)}
          device={revoking}
          risk={revokeRisk(revoking, devices, identity.memberId)}
          engagementTitle={engagement?.title ?? ''}
          onRevoke={() => {
            team.revokeDevice.mutate(revoking.id);
            setRevoking(null);
          }}
          onClose={() => setRevoking(null)}
        />
      ) : null}
    </section>
  );
}
