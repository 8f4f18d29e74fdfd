import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useAppServices } from '../../services/appServices';
import { useEngagementContext } from '../../services/engagementContext';
import { estimateStorage, requestPersistentStorage } from '../../store/storageEstimate';
import { formatBytes } from './formatBytes';

function persistenceText(persisted: boolean | null): string {
  if (persisted === true) {
    return 'Persistent storage is granted: the browser will not delete your notes to make room. They stay until you remove them.';
  }
  if (persisted === false) {
    return 'Persistent storage is not granted: if the device runs short of space, the browser may delete what this site stores, including notes not yet synced. Sync often and download a backup. Installing the app (Add to Home Screen) usually lets the browser grant it.';
  }
  return 'This browser cannot say whether it keeps your notes when space runs short. Sync often and download a backup.';
}

/** Whether the browser promised to keep the data, and how much room is used and left. */
export function StorageSection() {
  const { db } = useAppServices();
  const { identity } = useEngagementContext();
  const [asking, setAsking] = useState(false);
  const estimate = useQuery({
    queryKey: ['storage-estimate'],
    queryFn: () => estimateStorage(),
    networkMode: 'always',
  });
  const ask = async () => {
    setAsking(true);
    try {
      await requestPersistentStorage(db, identity.engagementId);
    } finally {
      setAsking(false);
    }
  };
  return (
    <section aria-labelledby="settings-storage">
      <h2 id="settings-storage">Storage on this device</h2>
      <p>{persistenceText(identity.storagePersisted)}</p>
      {identity.storagePersisted === true ? null : (
        <button type="button" onClick={() => void ask()} disabled={asking}>
          {asking ? 'Asking…' : 'Ask again'}
        </button>
      )}
      {estimate.data ? (
        <dl className="settings__figures">
          <dt>Used</dt>
          <dd>{formatBytes(estimate.data.usage)}</dd>
          <dt>Available</dt>
          <dd>{formatBytes(Math.max(0, estimate.data.quota - estimate.data.usage))}</dd>
        </dl>
      ) : (
        <p>{estimate.isPending ? 'Measuring…' : 'This browser does not say how much space is used.'}</p>
      )}
    </section>
  );
}
