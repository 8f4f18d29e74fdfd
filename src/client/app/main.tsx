import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { TriangulateDb } from '../store/db';
import { createApiClient } from '../sync/apiClient';
import { createTeamApiClient } from '../sync/teamApiClient';
import { App } from './App';
import { PendingSaves } from './pendingSaves';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const db = new TriangulateDb();
// Opening IndexedDB takes a round trip to the browser: start it now, while React renders
// the first screen, instead of at the first query. A failure shows at that query.
db.open().catch((error: unknown) => console.error('Could not open the database on this device', error));
createRoot(root).render(
  <StrictMode>
    <App
      services={{
        db,
        api: createApiClient(),
        teamApi: createTeamApiClient(),
        pendingSaves: new PendingSaves(),
      }}
    />
  </StrictMode>,
);
