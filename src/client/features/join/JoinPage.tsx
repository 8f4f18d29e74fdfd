import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { useAppServices } from '../../services/appServices';
import { engagementJoinedWith, saveJoin } from '../../store/deviceIdentityRepository';
import { AddToHomeScreen } from './AddToHomeScreen';
import { currentBrowserTraits, shouldInstallBeforeJoining } from './homeScreen';
import { incompleteLink, joinFailure, looksLikeJoinCode } from './joinFailure';
import type { JoinedState } from '../../services/joinedState';

/** Asks the browser not to evict this site's data; the answer is kept to show the person. */
async function requestPersistentStorage(): Promise<boolean | null> {
  if (!navigator.storage?.persist) return null;
  return navigator.storage.persist().catch(() => null);
}

/** Opens an invite link: on an iPhone or iPad, advice to install first; then the join itself. */
export function JoinPage() {
  const [installFirst, setInstallFirst] = useState(() => shouldInstallBeforeJoining(currentBrowserTraits()));
  if (installFirst) return <AddToHomeScreen link={window.location.href} onJoinHere={() => setInstallFirst(false)} />;
  return <Joining />;
}

type Joined = { engagementId: string; storagePersisted?: boolean | null };

/**
 * Trades the code for a device token kept on this device, then opens the engagement. A
 * link this device has used already opens its engagement without asking the server
 * (which refuses a spent code); a code that cannot be one is refused before asking.
 */
function Joining() {
  const { code = '' } = useParams();
  const { db, api } = useAppServices();
  const started = useRef(false);
  const wellFormed = looksLikeJoinCode(code);
  const join = useMutation({
    mutationFn: async (): Promise<Joined> => {
      const joinedBefore = await engagementJoinedWith(db, code);
      if (joinedBefore) return { engagementId: joinedBefore };
      const response = await api.join(code);
      const storagePersisted = await requestPersistentStorage();
      await saveJoin(db, response, storagePersisted, code);
      return { engagementId: response.engagementId, storagePersisted };
    },
  });
  useEffect(() => {
    // Invite codes are single use: StrictMode's double effect must not spend it twice.
    if (started.current || !wellFormed) return;
    started.current = true;
    join.mutate();
  }, [join, wellFormed]);

  if (join.data) {
    const { engagementId, storagePersisted } = join.data;
    // Only a join made just now has the browser's storage answer to tell.
    const state: JoinedState | undefined =
      storagePersisted === undefined ? undefined : { joinedStoragePersisted: storagePersisted };
    return <Navigate to={`/engagements/${engagementId}`} replace state={state} />;
  }
  const failure = !wellFormed ? incompleteLink : join.isError ? joinFailure(join.error) : null;
  return (
    <main>
      <h1>Joining the engagement</h1>
      {failure ? (
        <div role="alert">
          <p>{failure.words}</p>
          {failure.canRetry ? (
            <button type="button" onClick={() => join.mutate()}>
              Try again
            </button>
          ) : (
            <p>
              <Link to="/">Open the engagements on this device</Link>
            </p>
          )}
        </div>
      ) : (
        <p role="status">Joining…</p>
      )}
    </main>
  );
}
