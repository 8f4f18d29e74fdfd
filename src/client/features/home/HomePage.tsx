import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { useAppServices } from '../../services/appServices';
import { listDeviceIdentities } from '../../store/deviceIdentityRepository';

/** The start screen: the engagements this device has joined, or how to join one. */
export function HomePage() {
  const { db } = useAppServices();
  const identities = useLiveQuery(() => listDeviceIdentities(db), [db]);
  return (
    <main>
      <h1>Triangulate</h1>
      {identities && identities.length > 0 ? (
        <nav aria-label="Your engagements">
          <ul className="link-list">
            {identities.map((identity) => (
              <li key={identity.engagementId}>
                <Link to={`/engagements/${identity.engagementId}`}>Engagement joined as {identity.displayName}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : identities ? (
        <p>Open the join link your challenge manager sent you. After that this app works without signal.</p>
      ) : null}
      {identities ? (
        <p>
          <Link to="/join">Join with a link</Link>
        </p>
      ) : null}
    </main>
  );
}
