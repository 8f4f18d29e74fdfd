import { useState } from 'react';
import type { Device } from '../../../domain/sync/teamApi';
import { ModalDialog } from '../../ui/ModalDialog';
import type { RevokeRisk } from './revokeRisk';

type Props = {
  /** Who the device belongs to and when it joined: how the manager tells tablets apart. */
  deviceName: string;
  device: Device;
  risk: RevokeRisk;
  /** The engagement's title, typed to revoke the manager's last device. */
  engagementTitle: string;
  onRevoke: () => void;
  onClose: () => void;
};

/** Asks before a device is cut off, saying what happens to it and to its unsynced work. */
export function RevokeDeviceDialog({ deviceName, device, risk, engagementTitle, onRevoke, onClose }: Props) {
  const [typed, setTyped] = useState('');
  const needsName = risk === 'manager’s last device';
  const nameTyped =
    engagementTitle.trim() !== '' && typed.trim().toLowerCase() === engagementTitle.trim().toLowerCase();
  return (
    <ModalDialog title={`Revoke ${deviceName}?`} onClose={onClose}>
      {risk === 'other device' ? (
        <p>Its sign-in stops working at once: it can no longer send or receive the team’s work.</p>
      ) : null}
      {device.isThisDevice ? (
        <p>
          <strong>This is the tablet you are using.</strong> It will stop syncing at once. Work not yet synced stays on
          it but can no longer reach the server: download a backup first if anything is waiting.
        </p>
      ) : null}
      {needsName ? (
        <>
          <p>
            It is your last device as challenge manager: without it nobody can invite people, manage devices or agree
            findings until the engagement is set up again by an administrator.
          </p>
          <label>
            Type the engagement’s name, “{engagementTitle}”, to revoke it
            <input type="text" value={typed} onChange={(event) => setTyped(event.target.value)} />
          </label>
        </>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="danger" disabled={needsName && !nameTyped} onClick={onRevoke}>
          Revoke device
        </button>
        <button type="button" onClick={onClose}>
          Keep it
        </button>
      </div>
    </ModalDialog>
  );
}
