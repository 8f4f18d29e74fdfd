import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Navigate, useParams } from 'react-router';
import { useAppServices } from '../../services/appServices';
import { saveJoin } from '../../store/deviceIdentityRepository';
import { SyncError } from '../../sync/syncError';
import { AddToHomeScreen } from './AddToHomeScreen';
import { currentBrowserTraits, shouldInstallBeforeJoining } from './homeScreen';
import type { JoinedState } from '../../services/joinedState';

/** Asks the browser not to evict this site's data; the answer is kept to show the person. */
async function requestPersistentStorage(): Promise<boolean | null> {
  if (!navigator.storage?.persist) return null;
  return navigator.storage.persist().catch(() => null);
}

function joinFailureMessage(error: unknown): string {
  if (error instanceof SyncError && error.code === 'offline') {
    return 'No connection: open this link again when you have signal. You only need signal once.';
  }
  if (error instanceof SyncError) return error.message;
  return 'Could not save the join on this device.';
}

/** Opens an invite link: on an iPhone or iPad, advice to install first; then the join itself. */
export function JoinPage() {
  const [installFirst, setInstallFirst] = useState(() => shouldInstallBeforeJoining(currentBrowserTraits()));
  if (installFirst) return <AddToHomeScreen link={window.location.href} onJoinHere={() => setInstallFirst(false)} />;
  return <Joining />;
}

/** Trades the code for a device token kept on this device, then opens the engagement. */
function Joining() {
  const { code = '' } = useParams();
  const { db, api } = useAppServices();
  const started = useRef(false);
  const join = useMutation({
    mutationFn: async () => {
      const response = await api.join(code);
      const storagePersisted = await requestPersistentStorage();
      await saveJoin(db, response, storagePersisted);
      return { engagementId: response.engagementId, storagePersisted };
    },
  });
  useEffect(() => {
    // Invite codes are single use: StrictMode's double effect must not spend it twice.
    if (started.current) return;
    started.current = true;
    join.mutate();
  }, [join]);

  if (join.data) {
    const state: JoinedState = { joinedStoragePersisted: join.data.storagePersisted };
    return <Navigate to={`/engagements/${join.data.engagementId}`} replace state={state} />;
  }
  return (
    <main>
      <h1>Joining the engagement</h1>
      {join.isError ? (
        <div role="alert">
          <p>{joinFailureMessage(join.error)}</p>
          <button type="button" onClick={() => join.mutate()}>
            Try again
          </button>
        </div>
      ) : (
        <p role="status">Joining…</p>
      )}
    </main>
  );
}
