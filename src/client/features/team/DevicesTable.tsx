import type { Device } from '../../../domain/sync/teamApi';
import { formatSessionTime } from '../../ui/formatTime';
import type { useTeamQueries } from './teamQueries';

type Props = { devices: Device[]; nameOf: (memberId: string) => string; team: ReturnType<typeof useTeamQueries> };

/** Every tablet that joined: a lost one is cut off here, its token stops working at once. */
export function DevicesTable({ devices, nameOf, team }: Props) {
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
                  <button
                    type="button"
                    onClick={() => team.revokeDevice.mutate(device.id)}
                    aria-label={`Revoke device of ${nameOf(device.memberId)} joined ${formatSessionTime(device.createdAt)}`}
                  >
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
