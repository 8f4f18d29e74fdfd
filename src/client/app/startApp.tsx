// The app's start, the last of main.tsx's steps. First: asks for this address's screens
// before the rest of this module runs.
import { startScreensLoaded } from './startScreensLoading';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { TriangulateDb } from '../store/db';
import { createLazyApiClient, createLazyTeamApiClient } from '../sync/lazyApiClients';
import { App } from './App';
import { PendingSaves } from '../services/pendingSaves';
import { readAtStart } from '../services/readAtStart';
import { engagementSection } from './startScreenLoaders';

/**
 * Draws the app on the device's database, opened by main.tsx: the screens this address
 * opens on load side by side with it (index.html's text shows meanwhile), and React's first
 * render draws them at once (startScreens.tsx), with the session the address opens on
 * (services/readAtStart.ts).
 */
export function startApp(db: TriangulateDb): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
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
  void Promise.all([startScreensLoaded, startReads.read]).then(() => createRoot(root).render(app));
}
