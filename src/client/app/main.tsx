// First: asks for this address's screens before the rest of the entry runs.
import { startScreensLoaded } from './startScreensLoading';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { TriangulateDb } from '../store/db';
import { createLazyApiClient, createLazyTeamApiClient } from '../sync/lazyApiClients';
import { App } from './App';
import { PendingSaves } from '../services/pendingSaves';
import { readAtStart } from '../services/readAtStart';
import { engagementSection } from './startScreenLoaders';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const db = new TriangulateDb();
// Opening IndexedDB takes a round trip to the browser: start it now, while React renders
// the first screen, instead of at the first query. A failure shows at that query.
db.open().catch((error: unknown) => console.error('Could not open the database on this device', error));
const [section, sessionId] = engagementSection(window.location.pathname) ?? [];
const engagementId = window.location.pathname.split('/')[2];
const startReads = readAtStart(
  db,
  section === 'sessions' && sessionId && engagementId ? { engagementId, sessionId } : undefined,
);
const app = (
  <StrictMode>
    <App
      services={{
        db,
        api: createLazyApiClient(),
        teamApi: createLazyTeamApiClient(),
        pendingSaves: new PendingSaves(),
        readAtStart: startReads,
      }}
    />
  </StrictMode>
);
// The screens this address opens on load side by side with the entry (index.html's text
// shows meanwhile), and React's first render draws them at once (startScreens.tsx), with
// the session the address opens on (services/readAtStart.ts).
void Promise.all([startScreensLoaded, startReads.read]).then(() => createRoot(root).render(app));
