import { useMatch } from 'react-router';
import { BackupDownloadButton } from '../services/BackupDownloadButton';

/** While saves fail because the device is full: says so, with a backup of what is on the device. */
export function StorageFullBanner() {
  const match = useMatch('/engagements/:engagementId/*');
  const engagementId = match?.params.engagementId;
  return (
    <div role="alert" className="app-banner app-banner--problem">
      <p>
        <strong>This device is full.</strong> Your latest typing is still on screen but could not be saved on this
        device. Download a backup now, then free some space (delete photos, videos or apps you do not need) and keep
        typing: it saves again as soon as there is room.
      </p>
      {engagementId ? <BackupDownloadButton engagementId={engagementId} /> : null}
    </div>
  );
}
